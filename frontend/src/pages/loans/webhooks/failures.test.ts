import { describe, expect, it } from 'vitest';
import { failureOf, registrationRefusal } from './failures';

describe('failureOf', () => {
  it('reads the status an endpoint answered', () => {
    expect(failureOf('HTTP 503')).toEqual({ kind: 'http', status: 503 });
  });

  it('names each kind of failure the outbox logs', () => {
    expect(failureOf('timeout')).toEqual({ kind: 'timeout' });
    expect(failureOf('connection refused')).toEqual({ kind: 'connectionRefused' });
    expect(failureOf('TLS handshake failed')).toEqual({ kind: 'tls' });
  });

  it('names the rule a refused URL broke', () => {
    expect(failureOf('refused: its host name does not resolve')).toEqual({ kind: 'refused', rule: 'unresolved' });
    expect(
      failureOf('refused: its host is at a non-public address (loopback, private, link-local, multicast or reserved)'),
    ).toEqual({ kind: 'refused', rule: 'nonPublic' });
  });

  it('keeps the words of what it does not know', () => {
    expect(failureOf('refused: a rule of tomorrow')).toEqual({ kind: 'refused', text: 'a rule of tomorrow' });
    expect(failureOf('something new')).toEqual({ kind: 'other', text: 'something new' });
  });
});

describe('registrationRefusal', () => {
  it('reads the rule out of a refused registration', () => {
    expect(registrationRefusal('This webhook URL cannot be used: it must use https.')).toEqual({ rule: 'https' });
  });

  it('leaves any other problem alone', () => {
    expect(registrationRefusal('Invalid input: body.url')).toBeNull();
    expect(registrationRefusal(undefined)).toBeNull();
  });
});

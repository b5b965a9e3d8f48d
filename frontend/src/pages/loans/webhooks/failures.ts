// Why a webhook attempt failed, from the words the service logs (chassis/outbox.py, chassis/egress.py), as keys
// a person reads in their language: `HTTP 503`, `connection refused`, `refused: its host name does not resolve`.
// The service never logs the bank's answer nor an error's text, so these are all the words there are. Pure.

export type FailureKind =
  | 'http'
  | 'timeout'
  | 'connectionRefused'
  | 'connectionFailed'
  | 'connectionLost'
  | 'tls'
  | 'protocol'
  | 'internal'
  | 'refused'
  | 'other';

/** The rules a URL must keep (chassis/egress.py), each broken one a reason nothing was sent. */
export type RuleKey = 'unresolved' | 'resolveTimeout' | 'nonPublic' | 'https' | 'userinfo' | 'invalid' | 'noHost';

export interface Failure {
  kind: FailureKind;
  /** For `http`: the status the endpoint answered. */
  status?: number;
  /** For `refused`: the rule, when it is one of the known ones. */
  rule?: RuleKey;
  /** The service's own words, for a refusal by an unknown rule and any other failure. */
  text?: string;
}

const KINDS: Record<string, FailureKind> = {
  timeout: 'timeout',
  'connection refused': 'connectionRefused',
  'connection failed': 'connectionFailed',
  'connection lost': 'connectionLost',
  'TLS handshake failed': 'tls',
  'protocol error': 'protocol',
  'internal error': 'internal',
};

const RULES: [prefix: string, rule: RuleKey][] = [
  ['its host name does not resolve', 'unresolved'],
  ['its host name did not resolve in time', 'resolveTimeout'],
  ['its host is at a non-public address', 'nonPublic'],
  ['it must use https', 'https'],
  ['it must not carry a user name or password', 'userinfo'],
  ['it is not a valid URL', 'invalid'],
  ['it has no host', 'noHost'],
];

/** The rule a refusal names (`its host name does not resolve`), or its own words when it is not a known one. */
export function refusalOf(words: string): Pick<Failure, 'rule' | 'text'> {
  const rule = RULES.find(([prefix]) => words.startsWith(prefix))?.[1];
  return rule ? { rule } : { text: words };
}

/** An attempt's `error` (or a delivery's `last_error`) as a failure. */
export function failureOf(error: string): Failure {
  const http = /^HTTP (\d{3})$/.exec(error);
  if (http) return { kind: 'http', status: Number(http[1]) };
  if (error.startsWith('refused: ')) return { kind: 'refused', ...refusalOf(error.slice('refused: '.length)) };
  const kind = KINDS[error];
  return kind ? { kind } : { kind: 'other', text: error };
}

const REGISTRATION_REFUSED = 'This webhook URL cannot be used: ';

/** The rule a registration's 422 names (`This webhook URL cannot be used: it must use https.`), if it is one. */
export function registrationRefusal(detail: string | undefined): Pick<Failure, 'rule' | 'text'> | null {
  if (!detail?.startsWith(REGISTRATION_REFUSED)) return null;
  return refusalOf(detail.slice(REGISTRATION_REFUSED.length).replace(/\.$/, ''));
}

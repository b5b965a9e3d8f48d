// A step in the life of a seller's admission or of a deal, as both services' audits send it. Pure.

export interface Step<Status extends string = string, Action extends string = string> {
  action: Action;
  /** None for the step that created the record (a deal's proposal). */
  from_status: Status | null;
  to_status: Status;
  /** Sent to staff (and to the actor); the other side sees the role and the name only. */
  actor_subject: string | null;
  actor_role: string;
  actor_name: string | null;
  reason: string | null;
  at: string;
}

/** Who acted: the name their token carried when they acted, and their role. */
export function actorOf(step: Pick<Step, 'actor_name' | 'actor_role'>, roleLabel: (role: string) => string): string {
  const role = roleLabel(step.actor_role);
  return step.actor_name ? `${step.actor_name} · ${role}` : role;
}

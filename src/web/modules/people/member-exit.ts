export const EXIT_KINDS = ['voluntary', 'involuntary', 'internal_move'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

export type ExitDraft = { kind: ExitKind; reason: string; day: string; destination: string };

/** An internal move needs no reason: it names where the member went instead. */
export function exitReady(draft: ExitDraft): boolean {
  return draft.kind === 'internal_move' || draft.reason !== '';
}

export function endMemberBody(draft: ExitDraft) {
  return {
    end_date: draft.day,
    exit_kind: draft.kind,
    exit_reason: draft.kind === 'internal_move' ? 'internal_move' : draft.reason,
    exit_destination: draft.destination.trim() || null,
  };
}

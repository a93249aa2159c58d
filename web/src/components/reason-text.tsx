/** A risk reason as the API sends it: rolled up to an objective, it says which key result it is about. */
interface NamedReason {
  message: string;
  keyResultTitle?: string | undefined;
}

/** The reason in one line of words, its key result first: for titles, tooltips and lists. */
export function describeReason(reason: NamedReason): string {
  return reason.keyResultTitle ? `${reason.keyResultTitle}: ${reason.message}` : reason.message;
}

/** The reason with the key result it is about in bold, so a KR's shortfall never reads as the objective's. */
export function ReasonText({ reason }: { reason: NamedReason }) {
  if (!reason.keyResultTitle) return <>{reason.message}</>;
  return (
    <>
      <strong className="reason-subject">{reason.keyResultTitle}</strong>: {reason.message}
    </>
  );
}

/** Messages shown right under a field (problems that block issuing, or a refused save). */
export function FieldMessages({ messages, id }: { messages: string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-messages">
      {messages.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

const URL_PATTERN = /(https:\/\/[^\s)]+[^\s).,;:!?»])/g;

/**
 * Renders a text with its web addresses as links. Everything else stays text:
 * nothing from a translation file is ever interpreted as HTML.
 */
export function LinkedText(props: { text: string }) {
  const parts = props.text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="noopener noreferrer" target="_blank">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

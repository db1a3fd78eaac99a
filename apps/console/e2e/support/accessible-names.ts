/**
 * antd writes a space between the two characters of a two-character Chinese button ("登 录", "取 消"),
 * as Chinese typography does; the accessible name has it too. This matches the label with or without.
 */
export function buttonName(label: string): RegExp {
  const escaped = [...label].map((character) => character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = escaped.length === 2 ? `${escaped[0]} ?${escaped[1]}` : escaped.join("");
  return new RegExp(`^${pattern}$`);
}

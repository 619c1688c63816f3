import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+|\/invitations\/accept\?token=[^\s<>"]+)/g;

/**
 * Turns the links in a plain-text email into clickable anchors (full URLs, and the app's own
 * invitation path), leaving the rest as text.
 *
 * @param text - the email's text
 * @returns the text with anchors
 */
export function linkify(text: string): ReactNode[] {
  const parts = text.split(URL_PATTERN);
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <Anchor key={index} href={part} className="break-all" underline="always">
        {part}
      </Anchor>
    ) : (
      part
    ),
  );
}

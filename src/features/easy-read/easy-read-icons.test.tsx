// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EASY_READ_ICONS, type LocaleIndex } from '../../content/model';
import english from '../../content/generated/en/index.json';
import { EasyReadIconView } from './easy-read-icons';

afterEach(cleanup);

describe('Easy Read icons', () => {
  it.each(EASY_READ_ICONS)('draws "%s" as a decorative picture', (icon) => {
    const { container } = render(<EasyReadIconView icon={icon} />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).toHaveAttribute('data-icon', icon);
    expect(svg.querySelectorAll('path, rect, circle').length).toBeGreaterThan(0);
  });

  it('gives every icon its own picture', () => {
    const drawings = EASY_READ_ICONS.map((icon) => {
      const { container } = render(<EasyReadIconView icon={icon} />);
      const markup = container.querySelector('svg')!.innerHTML;
      cleanup();
      return markup;
    });
    expect(new Set(drawings).size).toBe(EASY_READ_ICONS.length);
  });

  it('has a picture for every icon the English Easy Read pages use', () => {
    const used = (english as unknown as LocaleIndex).easyRead.flatMap((page) => page.points.map((point) => point.icon));
    expect(used.length).toBeGreaterThan(0);
    for (const icon of used) expect(EASY_READ_ICONS).toContain(icon);
  });
});

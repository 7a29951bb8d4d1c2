import { useTranslation } from 'react-i18next';
import type { Audience, Block } from '../../content/model';
import { audienceMatches } from './audience';
import { InlineContent } from './inline-content';
import { useRichText } from './rich-text-context';

function useAudienceLabel() {
  const { t } = useTranslation();
  return (audience: Audience): string => {
    const roles = audience.roles?.map((role) => t(`roles.${role}.plural`)).join(t('content.listJoin'));
    const nations = audience.nations?.map((nation) => t(`nations.${nation}`)).join(t('content.listJoin'));
    if (roles && nations) return t('content.forRolesInNations', { roles, nations });
    if (roles) return t('content.forRoles', { roles });
    return t('content.forNations', { nations });
  };
}

function BlockNode({ block }: { block: Block }) {
  const { nation, role } = useRichText();
  const label = useAudienceLabel();
  const { t } = useTranslation();
  switch (block.t) {
    case 'p':
      return <p><InlineContent nodes={block.c} /></p>;
    case 'h': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return <Heading id={block.id} tabIndex={block.id ? -1 : undefined}><InlineContent nodes={block.c} /></Heading>;
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <BlockContent blocks={item} tight />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('content.table')}>
          <table>
            <thead>
              <tr>{block.head.map((cell, i) => <th key={i} scope="col"><InlineContent nodes={cell} /></th>)}</tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>{row.map((cell, c) => <td key={c}><InlineContent nodes={cell} /></td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'callout':
      return (
        <div className={`callout callout--${block.kind}`} role="note">
          <p className="callout__label">{t(`content.${block.kind}`)}</p>
          <BlockContent blocks={block.c} />
        </div>
      );
    case 'only':
      if (audienceMatches(block.audience, nation, role)) {
        return (
          <section className="for-you" aria-label={label(block.audience)}>
            <p className="for-you__label">{label(block.audience)}</p>
            <BlockContent blocks={block.c} />
          </section>
        );
      }
      // Passages for other readers stay one click away, never hidden for good.
      return (
        <details className="for-others">
          <summary>{label(block.audience)}</summary>
          <BlockContent blocks={block.c} />
        </details>
      );
  }
}

export function BlockContent({ blocks, tight = false }: { blocks: readonly Block[]; tight?: boolean }) {
  if (tight && blocks.length === 1 && blocks[0]!.t === 'p') return <InlineContent nodes={blocks[0]!.c} />;
  return (
    <>
      {blocks.map((block, index) => (
        <BlockNode key={index} block={block} />
      ))}
    </>
  );
}

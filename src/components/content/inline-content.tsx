import { Link } from 'react-router';
import type { Inline, LinkTarget } from '../../content/model';
import { formatRate } from '../../content/format-rate';
import { useRichText, type RichTextSettings } from './rich-text-context';

export function hrefFor(target: LinkTarget, locale: string): string {
  switch (target.kind) {
    case 'external':
      return target.href;
    case 'guide':
      return `/${locale}/guides/${target.id}${target.section ? `#${target.section}` : ''}`;
    case 'checklist':
      return `/${locale}/checklists/${target.id}`;
    case 'template':
      return `/${locale}/templates/${target.id}`;
    case 'tool':
      return `/${locale}/tools/${target.id}`;
  }
}

function InlineNode({ node, settings }: { node: Inline; settings: RichTextSettings }) {
  switch (node.t) {
    case 'text':
      return <>{node.v}</>;
    case 'strong':
      return <strong><InlineContent nodes={node.c} /></strong>;
    case 'em':
      return <em><InlineContent nodes={node.c} /></em>;
    case 'code':
      return <code>{node.v}</code>;
    case 'br':
      return <br />;
    case 'rate':
      // Numbers and money stay left-to-right inside right-to-left text.
      return <bdi className="rate">{formatRate(node.key, settings.localeTag, settings.date) ?? '—'}</bdi>;
    case 'term': {
      const term = settings.glossary.get(node.id);
      return (
        <Link to={`/${settings.locale}/glossary#${node.id}`} className="term">
          {node.c.length ? <InlineContent nodes={node.c} /> : (term?.term ?? node.id)}
        </Link>
      );
    }
    case 'link': {
      const href = hrefFor(node.to, settings.locale);
      if (node.to.kind === 'external') {
        return (
          <a href={href} rel="noopener noreferrer" className="external">
            <InlineContent nodes={node.c} />
          </a>
        );
      }
      return <Link to={href}><InlineContent nodes={node.c} /></Link>;
    }
  }
}

export function InlineContent({ nodes }: { nodes: readonly Inline[] }) {
  const settings = useRichText();
  return (
    <>
      {nodes.map((node, index) => (
        <InlineNode key={index} node={node} settings={settings} />
      ))}
    </>
  );
}

/** Plain text of inline nodes with rates resolved, for search, read-aloud and copying. */
export function inlineToText(nodes: readonly Inline[], settings: Pick<RichTextSettings, 'localeTag' | 'glossary' | 'date'>): string {
  return nodes
    .map((node) => {
      switch (node.t) {
        case 'text':
        case 'code':
          return node.v;
        case 'br':
          return '\n';
        case 'rate': {
          // A left-to-right isolate keeps "£12.71" in order inside right-to-left text.
          const figure = formatRate(node.key, settings.localeTag, settings.date);
          return figure ? `\u2066${figure}\u2069` : '';
        }
        case 'term':
          return node.c.length ? inlineToText(node.c, settings) : (settings.glossary.get(node.id)?.term ?? node.id);
        case 'strong':
        case 'em':
        case 'link':
          return inlineToText(node.c, settings);
      }
    })
    .join('');
}

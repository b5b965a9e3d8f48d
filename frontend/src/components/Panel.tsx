import type { HTMLAttributes, ReactNode } from 'react';

interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** Beside the title, on the right: a link or a button. */
  extra?: ReactNode;
  size?: 'default' | 'small';
}

/**
 * A card that looks like Ant Design's (border, radius, title bar) without its code: antd's Card brings Tabs,
 * Skeleton and a dropdown menu along (20 KB compressed), which the login page and the phone's first pages
 * cannot afford on a slow link. Pages with tabs or richer cards keep antd's Card.
 */
export function Panel({ title, extra, size = 'default', className, children, ...rest }: PanelProps) {
  return (
    <section className={['panel', size === 'small' && 'panel-small', className].filter(Boolean).join(' ')} {...rest}>
      {(title || extra) && (
        <div className="panel-head">
          <div className="panel-title">{title}</div>
          {extra && <div className="panel-extra">{extra}</div>}
        </div>
      )}
      <div className="panel-body">{children}</div>
    </section>
  );
}

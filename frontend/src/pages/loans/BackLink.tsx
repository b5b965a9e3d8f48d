import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router';

/** "← 返回…" above a detail page's header. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="back-link">
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}

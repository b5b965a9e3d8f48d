// The console's frame (layout, side menu, drawer, user menu) as a chunk of its own, loaded beside the first page
// inside it: the login page neither downloads nor parses it (Ant Design's Layout, Menu, Drawer and Dropdown).
export { AppLayout as Component } from '@/components/layout/AppLayout';

import {
  Alert,
  App,
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  Layout,
  Menu,
  Segmented,
  Skeleton,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { ThemeProvider } from './ThemeProvider';

/**
 * What the first pages draw with Ant Design: the login page, the console's frame (side menu on a wide screen,
 * drawer and user menu on a phone) and the entrepreneur's home. The build renders it once in Node
 * (vite-plugins/antdStyles.ts) and ships the styles it produced as one CSS file, so the browser does not compute
 * and inject them while the first page starts. A component missing here still works: Ant Design writes its
 * styles at run time, as for every other page. Same ThemeProvider as App.tsx, or the class hashes differ.
 */
export function FirstPaintStyles() {
  return (
    <ThemeProvider>
      <App>
        <Layout>
          <Layout.Sider theme="light">
            <Menu mode="inline" items={[{ key: 'a', label: 'a', children: [{ key: 'b', label: 'b' }] }]} />
          </Layout.Sider>
          <Layout>
            <Layout.Header />
            <Layout.Content>
              <Flex vertical>
                <Typography.Title level={3}>t</Typography.Title>
                <Typography.Paragraph type="secondary">p</Typography.Paragraph>
                <Typography.Text type="secondary">t</Typography.Text>
                <Typography.Link>l</Typography.Link>
                <Segmented options={['a', 'b']} size="small" />
                <Alert type="info" showIcon message="m" description="d" action={<Button size="small">b</Button>} />
                <Form layout="vertical">
                  <Form.Item label="l" name="n">
                    <Input />
                  </Form.Item>
                  <Form.Item label="p" name="p">
                    <Input.Password />
                  </Form.Item>
                </Form>
                <Button type="primary" block>
                  b
                </Button>
                <Button type="text" shape="circle">
                  <Avatar size="small" />
                </Button>
                <Dropdown menu={{ items: [{ key: 'a', label: 'a' }] }}>
                  <span>d</span>
                </Dropdown>
                <Tag color="red">t</Tag>
                <Skeleton active />
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                <Spin size="large" />
              </Flex>
            </Layout.Content>
            <Layout.Footer />
          </Layout>
          <Drawer open={false} />
        </Layout>
      </App>
    </ThemeProvider>
  );
}

import { Flex, Spin } from 'antd';

export function PageSpinner() {
  return (
    <Flex className="full-page" justify="center" align="center">
      <Spin size="large" />
    </Flex>
  );
}

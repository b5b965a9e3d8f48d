import { productsApi } from '@/api/client';
import type { Product } from '@/api/models';
import { unwrap } from '@/api/unwrap';
import type { ListFetch } from '@/components/list/ListPage';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf, PRODUCT_CATEGORIES } from '@/domain/enums';

const BRAND = { yes: true, no: false } as const;

export const fetchProducts: ListFetch<Product> = ({ limit, offset, filters }, signal) =>
  unwrap(
    productsApi.GET('/api/v1/products/products', {
      params: {
        query: {
          limit,
          offset,
          county_code: oneOf(COUNTY_CODES, filters.county_code),
          category: oneOf(PRODUCT_CATEGORIES, filters.category),
          brand: filters.brand === 'yes' || filters.brand === 'no' ? BRAND[filters.brand] : undefined,
          q: filters.q,
        },
      },
      signal,
    }),
  );

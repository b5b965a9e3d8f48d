import { useQuery } from '@tanstack/react-query';
import type { Product } from '@/api/models';
import { catalogueKey, fetchCatalogue } from '../market/api';

/** The featured products (a few dozen), to name a video's product and to choose products in the forms. */
export function useCatalogue() {
  const catalogue = useQuery({
    queryKey: catalogueKey,
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: 5 * 60_000,
  });
  const products: Product[] = catalogue.data?.items ?? [];
  const names = new Map(products.map((product) => [product.id, product.name]));
  return { catalogue, products, productName: (id: string) => names.get(id) };
}

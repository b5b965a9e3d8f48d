import type { ProductStats } from '@/api/models';

/** The demo's statistics as the service computes them from the committee report's records. */
export const REPORT_STATS: ProductStats = {
  service: 'products',
  figures: [
    { key: 'featured_products', value: '7', unit: 'products' },
    { key: 'brand_products', value: '7', unit: 'products' },
    { key: 'certified_products', value: '1', unit: 'products' },
    { key: 'promotion_videos', value: '32', unit: 'videos' },
    { key: 'ecommerce_platforms', value: '10', unit: 'platforms' },
    { key: 'notices_published', value: '3', unit: 'notices' },
    { key: 'unsold_listed_kg', value: '5300.00', unit: 'kg' },
    { key: 'unsold_cleared_kg', value: '550.00', unit: 'kg' },
    { key: 'unsold_clearance_rate', value: '10.38', unit: 'percent' },
    { key: 'median_days_to_clear', value: '0.00', unit: 'days' },
    { key: 'deals_made', value: '3', unit: 'deals' },
    { key: 'deal_value', value: '21400.00', unit: 'CNY' },
    { key: 'villages_paired', value: '4', unit: 'villages' },
    { key: 'pairing_funds_pledged', value: '130000.00', unit: 'CNY' },
    { key: 'pairing_funds_raised', value: '130000.00', unit: 'CNY' },
  ],
  by_county: [
    { county_code: '441882', county_name: '连州市', value: 2 },
    { county_code: '441802', county_name: '清城区', value: 0 },
    { county_code: '441881', county_name: '英德市', value: 2 },
  ],
  deal_value_by_county: [
    { key: '441882', label: '连州市', value: '1000.50' },
    { key: '441881', label: '英德市', value: '21400.00' },
  ],
  deal_value_by_product: [
    { product_id: '436b295b-3dfa-529c-be1e-141b04802f5d', product_name: '红薯干', value: '7400.00' },
    { product_id: '9f6ae3be-03df-54ef-afe3-e6b8dbd3ae5f', product_name: '英德红茶', value: '14000.00' },
  ],
  deal_value_by_month: [
    { key: '2026-11', label: '2026-11', value: '21400.00' },
    { key: '2026-10', label: '2026-10', value: '1000.50' },
  ],
  by_year: [
    { year: 2019, videos: 11, notices_published: 0, villages_paired: 0 },
    { year: 2017, videos: 5, notices_published: 0, villages_paired: 0 },
    { year: 2020, videos: 7, notices_published: 3, villages_paired: 4 },
    { year: 2018, videos: 9, notices_published: 0, villages_paired: 0 },
  ],
};

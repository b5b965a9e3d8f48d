import type { Messages } from '../../messages';
import type zhCN from '../zh-CN/products';

const products: Messages<typeof zhCN> = {
  category: {
    fruit: 'Fruit',
    tea: 'Tea',
    grain: 'Grain and oil',
    meat: 'Meat products',
    nuts: 'Nuts',
    vegetable: 'Vegetables',
    processed: 'Processed food',
    other: 'Other',
  },
  certType: {
    geographical_indication: 'Geographical indication',
    organic: 'Organic',
    green_food: 'Green food',
    other: 'Other certification',
  },
  catalogue: {
    title: 'Featured products',
    description:
      "Featured farm products of Qingyuan's counties, with the city's brand products and their certifications.",
    exportName: 'featured-products',
    columns: {
      name: 'Product',
      category: 'Category',
      county: 'County',
      unit: 'Unit',
      season: 'Season',
      brand: 'City brand',
      certifications: 'Certifications',
      description: 'Description',
      createdAt: 'Registered at',
    },
    filters: {
      category: 'Category',
      brand: 'Brand',
      q: 'Search product names',
    },
    brand: {
      yes: 'Brand products',
      no: 'Other products',
    },
    allYear: 'All year',
    certExpires: 'valid until {{date}}',
  },
};

export default products;

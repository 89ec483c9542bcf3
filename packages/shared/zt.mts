import { z } from 'zod';
import './src/domain/events.ts';
import { zohoFieldSchema } from './src/domain/zoho-fields.ts';
const f = { api_name: 'A', field_label: 'A', data_type: 'text' };
const rec = z.record(z.string(), z.array(zohoFieldSchema));
console.log('after settings import', rec.safeParse({ L: [f] }).success, zohoFieldSchema.safeParse(f).success, z.array(zohoFieldSchema).safeParse([f]).success);

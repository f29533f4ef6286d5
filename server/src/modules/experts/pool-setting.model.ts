import { Schema, model } from 'mongoose';
import { pools, type Pool } from '@qs/shared';

export interface PoolSettingRecord {
  pool: Pool;
  openToOtherCities: boolean;
  updatedBy?: string;
  updatedAt?: Date;
}

const poolSettingSchema = new Schema<PoolSettingRecord>(
  {
    pool: { type: String, enum: pools, required: true, unique: true },
    openToOtherCities: { type: Boolean, required: true },
    updatedBy: { type: String },
  },
  { timestamps: true },
);

export const PoolSettingModel = model<PoolSettingRecord>('PoolSetting', poolSettingSchema);

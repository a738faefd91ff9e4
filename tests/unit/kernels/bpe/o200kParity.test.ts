/** Our BPE with tiktoken's o200k_base ranks against js-tiktoken (see tiktokenParitySuite.ts). */
import { tiktokenParitySuite } from './tiktokenParitySuite.ts';

tiktokenParitySuite('o200k');

-- Generates :n made-up people (default 2,000,000) in about :n * 0.6 households, spread over every village of Yunnan in
-- the directory, straight in SQL (one INSERT … SELECT each), as fast as the database can write them. The roll-up
-- triggers fire once per statement, as they do for the bulk import's COPY.
--
-- Personal data: the encrypted columns hold one precomputed ciphertext-shaped value per column, of the length real
-- SM4-GCM values have (they are never decrypted by the dashboard or the list, and would not decrypt: these rows cannot
-- be revealed). id_lookup is a unique 64-hex value per row (sha256 of a counter), shaped like the HMAC-SM3 index.
-- Categories follow a plausible mix of the 2019 set, about one person in eight holding two.
\set ON_ERROR_STOP on
\timing on
create temporary table bench_village as
  select code, row_number() over (order by code) as rn from directory.region where level = 'VILLAGE';
select count(*) as villages from bench_village \gset

insert into beneficiaries.household (head_lookup, region_code)
select 'bench-' || g, v.code
from generate_series(1, (:n * 6 / 10)::int) g
join bench_village v on v.rn = 1 + (g::bigint * 7919) % :villages;

insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked,
  phone_cipher, phone_masked, address_cipher, address_masked, categories, disability_grade, region_code, county_code,
  prefecture_code)
select h.id, '测试' || g, '测试' || g, case when g % 2 = 0 then 'F' else 'M' end, date '1935-01-01' + (g % 24000),
  encode(sha256(('bench-person-' || g)::bytea), 'hex'),
  'v1:bench:AAAAAAAAAAAAAAAAqkIbenchbenchbenchbenchbenchbenchbenchbenchbench=',
  left(h.region_code, 6) || '********' || lpad((g % 10000)::text, 4, '0'),
  'v1:bench:AAAAAAAAAAAAAAAAqkIbenchbenchbenchbenchbenchbenchbench=', '139****' || lpad((g % 10000)::text, 4, '0'),
  'v1:bench:AAAAAAAAAAAAAAAAqkIbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbenchbench=',
  '云南省****',
  case
    when g % 8 = 0 then array['DISCHARGED_SOLDIER_2019', 'DISABLED_SOLDIER_2019']::varchar[]
    else array[(array['DISCHARGED_SOLDIER_2019', 'DISCHARGED_SOLDIER_2019', 'DISCHARGED_SOLDIER_2019',
                'SERVICE_MEMBER_FAMILY_2019', 'SERVICE_MEMBER_FAMILY_2019', 'DEMOBILISED_SOLDIER_2019',
                'MARTYR_FAMILY_2019', 'DUTY_DEATH_FAMILY_2019', 'ILLNESS_DEATH_FAMILY_2019',
                'ACTIVE_SERVICE_MEMBER_2019', 'DISABLED_SOLDIER_2019'])[1 + (g * 31) % 11]]::varchar[]
  end,
  case when g % 8 = 0 or (g * 31) % 11 = 10 then 1 + g % 10 end,
  h.region_code, left(h.region_code, 6), left(h.region_code, 4)
from generate_series(1, :n) g
join beneficiaries.household h on h.head_lookup = 'bench-' || (1 + (g - 1) % (:n * 6 / 10)::int);

analyze beneficiaries.person;
analyze beneficiaries.household;

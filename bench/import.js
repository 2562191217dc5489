#!/usr/bin/env node
// Bulk importer for the benchmark scales: creates customers through POST /api/v1/customers/bulk
// with a few requests in flight, and writes the files the wrk scenarios read.
// Node >= 18 (built-in fetch), no npm dependencies. See bench/README.md.
//
// usage: node bench/import.js --base http://127.0.0.1:PORT --tenant bench --out DIR
//          [--shape cn|peer] [--n 1000000] [--owned-every 10] [--batch 500] [--inflight 3]
//          [--user admin] [--password demo123456] [--contact-every 3] [--custom-fields 0|1]
//
// shape cn   (scale 1m): Chinese company names "城市+字号+行业+序号+有限公司" (unique after the
//            conflict check's normalisation), industry from 10 values, province/city, phone
//            "+86-10-" + 8-digit serial (unique), every --owned-every'th row owned by one of the
//            reps (round robin over u0001…), the others in the pools (round robin); every
//            --contact-every'th row gets one contact with a unique mobile.
// shape peer (scale peer): the record of shared/research/PEERS.md §3 (i = 0..N-1): name
//            "Customer 00042", industry, city, phone "+1-555-…", owner = rep (floor(i/10) % 20),
//            customFields {stage, amount}. updated_at is the server's, not the peers' value.
// --custom-fields 1 (shape cn, bench/custom-fields.mjs): defines the customer fields `grade`
//            (select of GRADES) and `stores` (number) and gives every row grade
//            GRADES[floor(i / 10) % 10] (so owned and pooled rows both spread over all ten) and
//            stores (i * 7919) % 1000.
//
// Writes to --out: ids.txt (one created id per line, in input order), reps.txt (rep ids),
// names.txt (a sample of created names), phones.txt (a sample of phone digit strings),
// import.json (the figures). Prints the figures as one JSON line at the end.
'use strict';
const fs = require('fs');
const path = require('path');

const args = {
  base: '', tenant: 'bench', user: 'admin', password: 'demo123456', out: '', shape: 'cn',
  n: 1000000, 'owned-every': 10, batch: 500, inflight: 3, 'contact-every': 3, 'sample': 20000, 'custom-fields': 0,
};
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  if (!(k in args)) { console.error(`import.js: unknown option ${process.argv[i]}`); process.exit(2); }
  args[k] = typeof args[k] === 'number' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
if (!args.base || !args.out) { console.error('import.js: --base and --out are required'); process.exit(2); }

const CITIES = [ // [city, province, area code]
  ['北京', '北京市', '10'], ['上海', '上海市', '21'], ['广州', '广东省', '20'], ['深圳', '广东省', '755'],
  ['杭州', '浙江省', '571'], ['南京', '江苏省', '25'], ['苏州', '江苏省', '512'], ['成都', '四川省', '28'],
  ['武汉', '湖北省', '27'], ['西安', '陕西省', '29'], ['重庆', '重庆市', '23'], ['天津', '天津市', '22'],
  ['长沙', '湖南省', '731'], ['郑州', '河南省', '371'], ['青岛', '山东省', '532'], ['济南', '山东省', '531'],
  ['宁波', '浙江省', '574'], ['厦门', '福建省', '592'], ['福州', '福建省', '591'], ['合肥', '安徽省', '551'],
  ['沈阳', '辽宁省', '24'], ['大连', '辽宁省', '411'], ['昆明', '云南省', '871'], ['南昌', '江西省', '791'],
];
const INDUSTRIES = [ // [industry value, word in the company name]
  ['制造业', '机械'], ['软件和信息技术', '科技'], ['批发零售', '商贸'], ['金融', '投资'], ['医疗健康', '医药'],
  ['教育培训', '教育'], ['物流运输', '物流'], ['建筑工程', '建设'], ['文化传媒', '传媒'], ['能源化工', '能源'],
];
const BRAND_CHARS = '华信达通宏远鑫源恒泰瑞丰嘉盛金诚永安天成中联海博新元汇德隆兴启明佳和凯越鼎立润泽云帆'
  + '创智宇航东升正大飞腾同创万维腾达光明富春长江顺昌立信星辰';
const brand = [...BRAND_CHARS];
const PEER_INDUSTRIES = ['Software', 'Retail', 'Finance', 'Healthcare', 'Manufacturing', 'Education', 'Logistics', 'Media', 'Energy', 'Hospitality'];
const PEER_CITIES = ['Berlin', 'Paris', 'London', 'Madrid', 'Rome', 'Vienna', 'Prague'];
const PEER_STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
const GRADES = ['甲一', '甲二', '甲三', '乙一', '乙二', '乙三', '丙一', '丙二', '丙三', '丁'];

const pad = (n, w) => String(n).padStart(w, '0');
let reps = [], pools = [];

function cnRecord(i) {
  const [city, province] = CITIES[(i * 7 + (i >> 5)) % CITIES.length];
  // Spread so that each rep's 100 owned rows (every 10th row) cover all 10 industries.
  const every = args['owned-every'];
  const ind = INDUSTRIES[(i + Math.floor(i / every) + Math.floor(i / (every * 1000))) % INDUSTRIES.length];
  // Two brand characters chosen from i, so names vary; the serial keeps them unique.
  const b = brand[(i * 31) % brand.length] + brand[Math.floor(i / brand.length) % brand.length];
  const rec = {
    name: `${city}${b}${ind[1]}${i + 1}有限公司`,
    industry: ind[0], province, city,
    phone: '+86-10-' + pad(i + 1, 8),
    level: 'ABCD'[i % 4],
    source: ['展会', '官网', '转介绍', '电话营销'][i % 4],
  };
  if (i % every === 0) rec.ownerId = reps[Math.floor(i / every) % reps.length];
  else rec.poolId = pools[Math.floor(i / every) % pools.length];
  if (args['contact-every'] > 0 && i % args['contact-every'] === 0)
    rec.contacts = [{ name: '联系人' + (i + 1), mobile: '139' + pad(i + 1, 8), isPrimary: true }];
  if (args['custom-fields']) rec.customFields = { grade: GRADES[Math.floor(i / 10) % 10], stores: (i * 7919) % 1000 };
  return rec;
}

function peerRecord(i) {
  return {
    name: 'Customer ' + pad(i, 5),
    industry: PEER_INDUSTRIES[i % 10],
    city: PEER_CITIES[i % 7],
    phone: '+1-555-' + pad(i, 7),
    ownerId: reps[Math.floor(i / 10) % 20],
    customFields: { stage: PEER_STAGES[Math.floor(i / 3) % 6], amount: (i * 7919) % 100000 },
  };
}

async function api(method, p, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  const r = await fetch(args.base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${p}: HTTP ${r.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

async function listAll(p, token) {
  const out = [];
  let cursor = null;
  do {
    const sep = p.includes('?') ? '&' : '?';
    const page = await api('GET', `${p}${sep}limit=200${cursor ? '&cursor=' + encodeURIComponent(cursor) : ''}`, undefined, token);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

(async () => {
  const login = await api('POST', '/api/v1/auth/login', { tenant: args.tenant, username: args.user, password: args.password });
  const token = login.token;
  const users = await listAll('/api/v1/users', token);
  reps = users.filter(u => /^u\d+$/.test(u.username)).sort((a, b) => a.username < b.username ? -1 : 1).map(u => u.id);
  pools = (await listAll('/api/v1/pools', token)).map(p => p.id);
  if (!reps.length) throw new Error('no reps (u0001…) in tenant ' + args.tenant);
  if (args.shape === 'cn' && !pools.length) throw new Error('no pools in tenant ' + args.tenant);
  fs.mkdirSync(args.out, { recursive: true });
  fs.writeFileSync(path.join(args.out, 'reps.txt'), (args.shape === 'peer' ? reps.slice(0, 20) : reps).join('\n') + '\n');

  const defined = args.shape === 'peer'
    ? [{ key: 'stage', label: 'Stage', type: 'select', options: PEER_STAGES }, { key: 'amount', label: 'Amount', type: 'number' }]
    : args['custom-fields'] ? [{ key: 'grade', label: '客户分级', type: 'select', options: GRADES }, { key: 'stores', label: '门店数', type: 'number' }] : [];
  if (defined.length) {
    // The peers' two extra columns are custom fields here (docs/api-custom-fields.md): defined
    // once per tenant (a second run finds them defined: 409 custom_field.key_taken).
    for (const f of defined) {
      const r = await fetch(args.base + '/api/v1/custom-fields', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify({ object: 'customer', ...f }) });
      if (r.status !== 201 && r.status !== 409) throw new Error('POST /custom-fields ' + f.key + ': ' + r.status + ' ' + await r.text());
    }
  }
  const make = args.shape === 'peer' ? peerRecord : cnRecord;
  const N = args.n, B = args.batch;
  const ids = new Array(N).fill(null);
  const sampleEvery = Math.max(1, Math.floor(N / args.sample));
  let next = 0, created = 0, failed = 0, requests = 0, firstErrors = [];
  let genMs = 0, lastReport = performance.now();
  const t0 = performance.now();
  const lat = [];

  async function worker() {
    for (;;) {
      const start = next;
      if (start >= N) return;
      next = Math.min(N, start + B);
      const g0 = performance.now();
      const items = [];
      for (let i = start; i < next; i++) items.push(make(i));
      const body = JSON.stringify({ items });
      genMs += performance.now() - g0;
      const r0 = performance.now();
      const r = await fetch(args.base + '/api/v1/customers/bulk', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body,
      });
      const text = await r.text();
      lat.push(performance.now() - r0);
      requests++;
      if (r.status !== 200) throw new Error(`bulk at row ${start}: HTTP ${r.status} ${text.slice(0, 300)}`);
      const res = JSON.parse(text);
      created += res.created; failed += res.failed;
      for (const it of res.items) {
        if (it.id) ids[start + it.index] = it.id;
        else if (firstErrors.length < 5) firstErrors.push({ row: start + it.index, error: it.error });
      }
      const now = performance.now();
      if (now - lastReport > 10000) {
        lastReport = now;
        const s = (now - t0) / 1000;
        console.error(`import: ${created + failed}/${N} rows, ${s.toFixed(1)} s, ${Math.round((created + failed) / s)} rows/s`);
      }
    }
  }
  await Promise.all(Array.from({ length: args.inflight }, worker));
  const seconds = (performance.now() - t0) / 1000;

  const ok = ids.filter(Boolean);
  fs.writeFileSync(path.join(args.out, 'ids.txt'), ok.join('\n') + '\n');
  const names = [], phones = [];
  for (let i = 0; i < N; i += sampleEvery) {
    if (!ids[i]) continue;
    const rec = make(i);
    names.push(rec.name);
    phones.push(rec.phone.replace(/\D/g, ''));
  }
  fs.writeFileSync(path.join(args.out, 'names.txt'), names.join('\n') + '\n');
  fs.writeFileSync(path.join(args.out, 'phones.txt'), phones.join('\n') + '\n');
  lat.sort((a, b) => a - b);
  const q = p => lat.length ? +lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(1) : null;
  const result = {
    shape: args.shape, n: N, batch: B, inflight: args.inflight, requests, created, failed,
    seconds: +seconds.toFixed(2), rows_per_s: Math.round(created / seconds),
    client_gen_s: +(genMs / 1000).toFixed(2),
    request_ms: { p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) },
    first_errors: firstErrors,
  };
  fs.writeFileSync(path.join(args.out, 'import.json'), JSON.stringify(result) + '\n');
  console.log(JSON.stringify(result));
  if (failed) process.exitCode = 3;
})().catch(e => { console.error('import.js:', e.message); process.exit(1); });

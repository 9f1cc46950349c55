// Recomputes a published draw (DATA-CONTRACT §4) from a population file, in the browser, offline.
'use strict';
(function () {
  const published = JSON.parse(document.getElementById('draw').textContent);
  const utf8 = new TextEncoder();

  const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
  const fromHex = (text) => new Uint8Array(text.match(/../g).map((h) => parseInt(h, 16)));
  const sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes));

  // byte order of the UTF-8, as the contract sorts (JavaScript's < compares UTF-16 units)
  function compareUtf8(a, b) {
    const x = utf8.encode(a);
    const y = utf8.encode(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i] - y[i];
    }
    return x.length - y.length;
  }

  // k = ceil(ratio × n) exactly: the ratio's decimal digits as a BigInt over a power of ten
  function sampleSize(ratio, n) {
    const m = /^(\d*)(?:\.(\d*))?$/.exec(ratio.trim());
    if (!m) throw new Error('the ratio ' + ratio + ' is not a plain decimal');
    const fraction = m[2] || '';
    const numerator = BigInt((m[1] || '0') + fraction);
    const denominator = 10n ** BigInt(fraction.length);
    return Number((numerator * BigInt(n) + denominator - 1n) / denominator);
  }

  // RFC 4180 fields (quotes doubled inside quoted fields); a header names the columns
  function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
      } else if (c === '"') { quoted = true; } else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); field = '';
        if (row.length > 1 || row[0] !== '') rows.push(row);
        row = [];
      } else { field += c; }
    }
    if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
    return rows;
  }

  function population(text) {
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    const header = rows[0].map((h) => h.trim());
    const id = header.indexOf('application_id');
    const province = header.indexOf('province_code');
    if (id < 0 || province < 0) throw new Error('the file needs the columns application_id and province_code');
    const seen = new Set();
    return rows.slice(1).map((r, i) => {
      const m = { province: (r[province] || '').trim(), id: (r[id] || '').trim() };
      if (!m.province || !m.id) throw new Error('row ' + (i + 1) + ' lacks application_id or province_code');
      if (seen.has(m.id)) throw new Error('application ' + m.id + ' is in the file twice');
      seen.add(m.id);
      return m;
    });
  }

  async function recompute(text) {
    const details = [];
    const members = population(text);
    members.sort((a, b) => compareUtf8(a.province, b.province) || compareUtf8(a.id, b.id));
    const canonical = members.map((m) => m.province + ',' + m.id + '\n').join('');
    const populationHash = await sha256(utf8.encode(canonical));
    const populationOk = populationHash === published.populationSha256;
    details.push((populationOk ? 'population_sha256 agrees: ' : 'population_sha256 DIFFERS: the file hashes to ') + populationHash);
    if (!published.seed) throw new Error('the seed is not revealed yet: nothing to recompute');
    const seed = fromHex(published.seed);
    const seedOk = (await sha256(seed)) === published.seedSha256;
    details.push(seedOk ? 'seed_sha256 agrees with the revealed seed' : 'seed_sha256 DIFFERS from the revealed seed');
    const key = await crypto.subtle.importKey('raw', seed, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const byProvince = new Map();
    for (const m of members) {
      const mac = await crypto.subtle.sign('HMAC', key, utf8.encode(m.id));
      m.ticket = hex(mac.slice(0, 8));
      if (!byProvince.has(m.province)) byProvince.set(m.province, []);
      byProvince.get(m.province).push(m);
    }
    const drawn = new Map();
    const strata = [];
    for (const [province, list] of byProvince) {
      list.sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : compareUtf8(a.id, b.id)));
      const k = sampleSize(published.ratio, list.length);
      list.slice(0, k).forEach((m) => drawn.set(m.id, m));
      strata.push({ province, n: list.length, k, cutoff: k === 0 ? null : list[k - 1].ticket });
    }
    let differences = 0;
    const publishedStrata = new Map(published.strata.map((s) => [s.province, s]));
    for (const s of strata) {
      const p = publishedStrata.get(s.province);
      if (!p || p.n !== s.n || p.k !== s.k || p.cutoff !== s.cutoff) {
        differences++;
        details.push('province ' + s.province + ': recomputed n ' + s.n + ', k ' + s.k + ', cut-off ' + s.cutoff
          + (p ? '; published n ' + p.n + ', k ' + p.k + ', cut-off ' + p.cutoff : '; not published'));
      }
      publishedStrata.delete(s.province);
    }
    for (const p of publishedStrata.values()) {
      differences++;
      details.push('province ' + p.province + ': published, but not in the file');
    }
    const publishedDrawn = new Map(published.sampled.map(([province, id, ticket]) => [id, { province, id, ticket }]));
    for (const [id, m] of drawn) {
      const p = publishedDrawn.get(id);
      if (!p) { differences++; details.push('MISSING ' + id + ': the seed draws it, the page does not list it'); }
      else if (p.ticket !== m.ticket || p.province !== m.province) { differences++; details.push('WRONG ' + id + ': the seed gives ' + m.ticket + ', the page says ' + p.ticket); }
    }
    for (const id of publishedDrawn.keys()) {
      if (!drawn.has(id)) { differences++; details.push('EXTRA ' + id + ': listed here, the seed does not draw it'); }
    }
    return { ok: populationOk && seedOk && differences === 0, drawn: drawn.size, details };
  }

  const result = document.getElementById('result');
  const list = document.getElementById('details');
  function show(ok, text, details) {
    result.className = ok ? 'ok' : 'bad';
    result.textContent = text;
    list.replaceChildren(...details.map((d) => { const li = document.createElement('li'); li.textContent = d; return li; }));
  }
  document.getElementById('recompute').addEventListener('click', async () => {
    const file = document.getElementById('population').files[0];
    if (!file) { show(false, 'Pick the population file first.', []); return; }
    result.className = '';
    result.textContent = 'Recomputing…';
    try {
      const outcome = await recompute(await file.text());
      show(outcome.ok, outcome.ok
        ? 'MATCHES: this population and the revealed seed draw exactly the ' + outcome.drawn + ' applications published here.'
        : 'DOES NOT MATCH: see below.', outcome.details);
    } catch (e) {
      show(false, 'DOES NOT MATCH: ' + e.message, []);
    }
  });
})();

-- Applies one batch of VM observations to a scope's ledger, publishes the changes to the event
-- stream and drops the cache entries they make stale, atomically. Mirrors diff() in
-- memory-ledger.ts; see ledger.ts for the rules.
--
-- KEYS[1] ledger hash (field per VM id → cjson {s, p, t}; field "~seeded" once a full listing was applied)
-- KEYS[2] event stream
-- KEYS[3] the cache's tag set of the scope's VM listings
-- KEYS[4] the cache's generation of that tag (bumped, so loads begun before the change store nothing)
-- ARGV[1] completeAt epoch ms, or ""      ARGV[2] completeAt ISO 8601, or ""
-- ARGV[3] stream MAXLEN                   ARGV[4] stream MINID (age retention)
-- ARGV[5] cache key prefix of one VM ("<prefix>res:vm:"), or "" for no cache
-- ARGV[6] gone raw state                  ARGV[7] number of observations
-- then 9 per observation: vmId, state, providerState, observedMs, observedAt ISO, provider,
-- account, region, source. The last 4 of each are only used in events.
-- Returns {id1, payload1, id2, payload2, …}.
local ledger, stream, tagSet, generation = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local completeMs = tonumber(ARGV[1])
local completeIso, maxLen, minId, vmKeyPrefix, goneState = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local count = tonumber(ARGV[7])
local seeded = redis.call('HEXISTS', ledger, '~seeded') == 1

local changes = {}
local function change(vmId, o, prev)
  local event = { at = o.at, vmId = vmId, provider = o.provider, account = o.account, region = o.region,
    newState = o.s, newProviderState = o.p, source = o.source }
  if prev then
    event.previousState = prev.s
    event.previousProviderState = prev.p
  end
  changes[#changes + 1] = { vmId, cjson.encode(event) }
end

local seen = {}
for i = 0, count - 1 do
  local b = 8 + i * 9
  local vmId = ARGV[b]
  local o = { s = ARGV[b + 1], p = ARGV[b + 2], t = tonumber(ARGV[b + 3]), at = ARGV[b + 4],
    provider = ARGV[b + 5], account = ARGV[b + 6], region = ARGV[b + 7], source = ARGV[b + 8] }
  seen[vmId] = true
  local raw = redis.call('HGET', ledger, vmId)
  local prev = raw and cjson.decode(raw)
  if not (prev and o.t < tonumber(prev.t)) then
    redis.call('HSET', ledger, vmId, cjson.encode({ s = o.s, p = o.p, t = ARGV[b + 3], provider = o.provider, account = o.account, region = o.region }))
    local same = prev and prev.s == o.s and prev.p == o.p
    if not same and (prev or seeded or not completeMs) then change(vmId, o, prev) end
  end
end

if completeMs then
  local all = redis.call('HGETALL', ledger)
  for i = 1, #all, 2 do
    local vmId = all[i]
    if vmId ~= '~seeded' and not seen[vmId] then
      local prev = cjson.decode(all[i + 1])
      if tonumber(prev.t) < completeMs then
        redis.call('HDEL', ledger, vmId)
        if prev.s ~= 'TERMINATED' then
          change(vmId, { s = 'TERMINATED', p = goneState, at = completeIso, provider = prev.provider,
            account = prev.account, region = prev.region, source = 'POLL' }, prev)
        end
      end
    end
  end
  redis.call('HSET', ledger, '~seeded', '1')
end

if #changes == 0 then return {} end
-- Stale cache entries go before the events are visible.
if vmKeyPrefix ~= '' then
  redis.call('INCR', generation)
  redis.call('EXPIRE', generation, 86400)
  local members = redis.call('SMEMBERS', tagSet)
  for i = 1, #members, 500 do
    redis.call('DEL', unpack(members, i, math.min(i + 499, #members)))
  end
  redis.call('DEL', tagSet)
  for _, c in ipairs(changes) do redis.call('DEL', vmKeyPrefix .. c[1]) end
end
local reply = {}
for _, c in ipairs(changes) do
  reply[#reply + 1] = redis.call('XADD', stream, 'MAXLEN', '~', maxLen, '*', 'event', c[2])
  reply[#reply + 1] = c[2]
end
redis.call('XTRIM', stream, 'MINID', '~', minId)
return reply

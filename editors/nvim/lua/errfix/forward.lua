--- Forward other tools' diagnostics (other LSP servers, linters through vim.diagnostic) to
--- errfix-lsp with `errfix/diagnostics`, so errors they report can be recognised too.
---
--- errfix's own diagnostics are never forwarded (that would loop), a buffer is only sent when
--- its forwarded set changed, and bursts of DiagnosticChanged are debounced.
local M = {}

local client_mod = require('errfix.client')

---@type errfix.ForwardOpts
M.opts = { enabled = true, debounce = 500 }

local timers = {} ---@type table<integer, uv.uv_timer_t>
local last_sent = {} ---@type table<integer, string>

--- Namespaces that hold errfix's own diagnostics.
---@return table<integer, boolean>
local function own_namespaces()
  local out = {}
  for _, client in ipairs(vim.lsp.get_clients({ name = client_mod.name })) do
    for _, pull in ipairs({ false, true }) do
      local ok, ns = pcall(vim.lsp.diagnostic.get_namespace, client.id, pull)
      if ok and ns then
        out[ns] = true
      end
    end
  end
  return out
end

--- An LSP Diagnostic for a vim.diagnostic item: the original LSP object when it came from a
--- language server, else one built from its fields (columns are byte offsets there).
---@param d vim.Diagnostic
---@return table
local function to_lsp(d)
  local original = d.user_data and d.user_data.lsp
  if type(original) == 'table' and original.range then
    return original
  end
  local item = {
    range = {
      start = { line = d.lnum, character = d.col or 0 },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col or 0 },
    },
    severity = d.severity,
    message = d.message,
  }
  if d.source then
    item.source = d.source
  end
  if d.code then
    item.code = d.code
  end
  return item
end

--- The other tools' diagnostics of a buffer, ready to send.
---@param bufnr integer
---@return table[]
function M.collect(bufnr)
  local own = own_namespaces()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if not own[d.namespace] and d.source ~= 'errfix' then
      out[#out + 1] = to_lsp(d)
    end
  end
  return out
end

---@param bufnr integer
local function send(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    last_sent[bufnr] = nil
    return
  end
  local client = vim.lsp.get_clients({ name = client_mod.name, bufnr = bufnr })[1]
  if not client or not client.initialized then
    return
  end
  local diagnostics = M.collect(bufnr)
  local key = vim.json.encode(diagnostics)
  if key == (last_sent[bufnr] or '[]') then
    return
  end
  last_sent[bufnr] = key
  client_mod.notify(client, 'errfix/diagnostics', {
    uri = vim.uri_from_bufnr(bufnr),
    diagnostics = diagnostics,
  })
end

---@param opts errfix.ForwardOpts?
function M.setup(opts)
  M.opts = vim.tbl_extend('force', M.opts, opts or {})
  local group = vim.api.nvim_create_augroup('errfix.forward', { clear = true })
  if not M.opts.enabled then
    return
  end
  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    group = group,
    callback = function(args)
      local bufnr = args.buf
      local timer = timers[bufnr] or vim.uv.new_timer()
      timers[bufnr] = timer
      timer:stop()
      timer:start(M.opts.debounce, 0, vim.schedule_wrap(function()
        send(bufnr)
      end))
    end,
  })
  vim.api.nvim_create_autocmd('BufWipeout', {
    group = group,
    callback = function(args)
      local timer = timers[args.buf]
      if timer then
        timer:stop()
        timer:close()
        timers[args.buf] = nil
      end
      last_sent[args.buf] = nil
    end,
  })
end

return M

--- `:checkhealth errfix`: can the server start, which version runs, and is a client attached.
local M = {}

local health = vim.health

--- The server's `--version` output, or nil and why not.
---@param cmd string[]
---@return string? version
---@return string? err
local function server_version(cmd)
  local argv = vim.list_extend(vim.deepcopy(cmd), { '--version' })
  local ok, result = pcall(function()
    return vim.system(argv, { text = true, stdin = false }):wait(10000)
  end)
  if not ok then
    return nil, tostring(result)
  end
  local out = vim.trim((result.stdout or '') .. '\n' .. (result.stderr or ''))
  if result.code ~= 0 then
    return nil, string.format('exit code %s: %s', tostring(result.code), out:sub(1, 200))
  end
  return out ~= '' and out:gsub('\n.*', '') or nil, out == '' and 'no output' or nil
end

function M.check()
  health.start('errfix: Neovim')
  local v = vim.version()
  local version = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  if vim.fn.has('nvim-0.10') == 1 then
    health.ok('Neovim ' .. version)
  else
    health.error('Neovim ' .. version .. ' is too old', { 'errfix needs Neovim 0.10 or newer' })
  end

  health.start('errfix: setup')
  local errfix = require('errfix')
  if errfix.did_setup then
    health.ok('require("errfix").setup() was called')
  else
    health.warn('require("errfix").setup() has not been called; showing the defaults',
      { 'Add require("errfix").setup() to your config (see :help errfix-setup)' })
  end
  local config = errfix.config
  health.info('cmd: ' .. table.concat(config.cmd, ' '))
  health.info('filetypes: ' .. table.concat(config.filetypes, ', ')
    .. '; logs: ' .. table.concat(config.log_patterns, ', '))

  health.start('errfix: server')
  local exe = vim.fn.exepath(config.cmd[1])
  if exe == '' then
    health.error(string.format('server command %q not found', config.cmd[1]), {
      'Install the server: pip install errfix-lsp',
      'Or point cmd at it: require("errfix").setup({ cmd = { "/path/to/python", "-m", "errfix_lsp.server" } })',
    })
  else
    health.ok('server executable: ' .. exe)
    local found, err = server_version(config.cmd)
    if found then
      health.ok('server version: ' .. found)
    else
      health.warn('could not read the server version (' .. (err or '?') .. ')')
    end
  end

  health.start('errfix: clients')
  local clients = vim.lsp.get_clients({ name = require('errfix.client').name, _uninitialized = true })
  if #clients == 0 then
    health.info('no errfix client is running yet (it starts with the first Python buffer or terminal)')
  end
  for _, client in ipairs(clients) do
    local info = client.server_info or {}
    local buffers = vim.tbl_keys(client.attached_buffers or {})
    local state = client.initialized and 'running' or 'starting'
    local text = string.format('client %d %s: %s %s, root %s, attached to %d buffer(s)', client.id,
      state, info.name or '?', info.version or '', client.root_dir or '-', #buffers)
    if client.initialized then
      health.ok(text)
    else
      health.warn(text)
    end
  end
  health.info(string.format('terminals forwarded: %d', require('errfix.terminal').count()))
end

return M

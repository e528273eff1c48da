--- Finding, starting and talking to the errfix-lsp client.
---
--- Every feature that is not tied to one buffer (terminal forwarding, search, explain) goes through
--- here, so the choice of client (the one whose workspace holds a path) and the Neovim 0.10/0.11
--- API differences (`client.notify` vs `client:notify`) live in one place.
local M = {}

--- The client name; also the `vim.lsp.config` name on Neovim 0.11+.
M.name = 'errfix'

local has_011 = vim.fn.has('nvim-0.11') == 1

--- Normalised absolute path without a trailing slash.
---@param path string
---@return string
local function normalize(path)
  local full = vim.fs.normalize(vim.fn.fnamemodify(path, ':p'))
  if #full > 1 then
    full = full:gsub('/+$', '')
  end
  return full
end

---@param root string
---@param path string
---@return boolean
local function contains(root, path)
  root, path = normalize(root), normalize(path)
  return path == root or vim.startswith(path, root .. '/')
end

--- Folders the client serves (workspace folders, else its root_dir).
---@param client vim.lsp.Client
---@return string[]
function M.folders(client)
  local out = {}
  for _, folder in ipairs(client.workspace_folders or {}) do
    out[#out + 1] = vim.uri_to_fname(folder.uri)
  end
  if #out == 0 and client.root_dir then
    out[1] = client.root_dir
  end
  return out
end

--- A running errfix client. With `path`, only one whose workspace contains it, unless `any`.
---@param path string?
---@param any boolean? fall back to any errfix client
---@return vim.lsp.Client?
function M.find(path, any)
  -- starting clients count too (0.11 hides them by default): a second server for the same
  -- folder must not be started while the first is still initialising
  local clients = vim.lsp.get_clients({ name = M.name, _uninitialized = true })
  if path and path ~= '' then
    for _, client in ipairs(clients) do
      for _, folder in ipairs(M.folders(client)) do
        if contains(folder, path) then
          return client
        end
      end
    end
    if not any then
      return nil
    end
  end
  return clients[1]
end

--- Find a client for `path`, starting one (not attached to any buffer) when none serves it.
--- Returns nil when the server cannot start (the reason has been reported to the user).
---@param path string? a directory; the new client's root
---@return vim.lsp.Client?
function M.ensure(path)
  local client = M.find(path, false)
  if client then
    return client
  end
  local root = path and path ~= '' and normalize(path) or vim.fn.getcwd()
  local config = require('errfix').client_config(root)
  if not config then
    return M.find(nil, true)
  end
  local id
  if has_011 then
    id = vim.lsp.start(config, { attach = false, silent = true })
  else
    ---@diagnostic disable-next-line: deprecated
    id = vim.lsp.start_client(config)
  end
  return id and vim.lsp.get_client_by_id(id) or M.find(nil, true)
end

--- Send a notification. Returns false when the client is gone.
---@param client vim.lsp.Client
---@param method string
---@param params table
---@return boolean
function M.notify(client, method, params)
  if has_011 then
    return client:notify(method, params)
  end
  ---@diagnostic disable-next-line: param-type-mismatch
  return client.notify(method, params)
end

--- Send a request; `handler(err, result, ctx)`.
---@param client vim.lsp.Client
---@param method string
---@param params table
---@param handler fun(err: lsp.ResponseError?, result: any, ctx: table)
---@param bufnr integer?
function M.request(client, method, params, handler, bufnr)
  if has_011 then
    return client:request(method, params, handler, bufnr)
  end
  ---@diagnostic disable-next-line: param-type-mismatch
  return client.request(method, params, handler, bufnr)
end

---@param client vim.lsp.Client
---@return boolean
function M.stopped(client)
  if has_011 then
    return client:is_stopped()
  end
  ---@diagnostic disable-next-line: missing-parameter
  return client.is_stopped()
end

--- Run `fn(client)` once the client has finished `initialize` (messages sent earlier would break
--- the protocol). Gives up after `timeout_ms` and calls `fn(nil)`.
---@param client vim.lsp.Client
---@param fn fun(client: vim.lsp.Client?)
---@param timeout_ms integer?
function M.when_ready(client, fn, timeout_ms)
  local deadline = vim.uv.now() + (timeout_ms or 20000)
  local function poll()
    if client.initialized then
      return fn(client)
    end
    if M.stopped(client) then
      return fn(nil)
    end
    if vim.uv.now() > deadline then
      return fn(nil)
    end
    vim.defer_fn(poll, 50)
  end
  poll()
end

--- `workspace/executeCommand` on the client for the current directory (started if needed);
--- `callback(err_message, result)`.
---@param command string
---@param arguments table
---@param callback fun(err: string?, result: any)
function M.execute(command, arguments, callback)
  local client = M.ensure(vim.fn.getcwd())
  if not client then
    return callback('errfix-lsp is not running (see :checkhealth errfix)')
  end
  M.when_ready(client, function(ready)
    if not ready then
      return callback('errfix-lsp did not start (see :checkhealth errfix)')
    end
    M.request(ready, 'workspace/executeCommand', { command = command, arguments = arguments },
      function(err, result)
        if err then
          return callback(string.format('%s failed: %s', command, err.message or vim.inspect(err)))
        end
        callback(nil, result)
      end)
  end)
end

return M

--- errfix: recognise ML framework errors printed in Neovim's terminals and fix them in your code.
---
--- `require("errfix").setup({...})` registers the errfix-lsp language server for Python buffers
--- (and `*.log` files), forwards terminal output to it, and (optionally) forwards other tools'
--- diagnostics. Everything else (diagnostics, hover, code actions) is plain LSP.
local M = {}

local client_mod = require('errfix.client')

---@class errfix.TerminalOpts
---@field enabled boolean forward terminal buffers to the server
---@field debounce integer milliseconds to wait for more output before sending
---@field start_server boolean start errfix-lsp for a terminal when none serves its directory

---@class errfix.ForwardOpts
---@field enabled boolean forward other tools' diagnostics with `errfix/diagnostics`
---@field debounce integer milliseconds

---@class errfix.Opts
---@field cmd string[] the server command
---@field filetypes string[] buffers the server attaches to
---@field log_patterns string[] file patterns of logs the server also reads (attached whatever their filetype)
---@field root_markers string[] files that mark a project root
---@field settings table the `errfix` settings section (kbPaths, severity, locale, ...)
---@field terminal errfix.TerminalOpts
---@field forward_diagnostics errfix.ForwardOpts
---@field use_lsp_enable boolean Neovim 0.11+: register with vim.lsp.config/vim.lsp.enable (false:
---  start with vim.lsp.start from a FileType autocmd, as on 0.10)
---@field on_attach fun(client: vim.lsp.Client, bufnr: integer)?
---@field capabilities table?

---@type errfix.Opts
M.defaults = {
  cmd = { 'errfix-lsp' },
  filetypes = { 'python' },
  log_patterns = { '*.log' },
  root_markers = { 'pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', '.git' },
  settings = {},
  terminal = { enabled = true, debounce = 100, start_server = true },
  forward_diagnostics = { enabled = true, debounce = 500 },
  use_lsp_enable = true,
  on_attach = nil,
  capabilities = nil,
}

--- The options in force (defaults until `setup()` is called).
---@type errfix.Opts
M.config = vim.deepcopy(M.defaults)

--- Whether `setup()` ran successfully.
M.did_setup = false

--- Check options; returns an error message for the first bad one. Lists are replaced, not merged,
--- so `cmd = {"python", "-m", "errfix_lsp.server"}` means exactly that.
---@param opts table
---@return errfix.Opts? config
---@return string? err
local function resolve(opts)
  if opts ~= nil and type(opts) ~= 'table' then
    return nil, 'setup() expects a table, got ' .. type(opts)
  end
  opts = opts or {}
  local config = vim.deepcopy(M.defaults)
  for key, value in pairs(opts) do
    if M.defaults[key] == nil and key ~= 'on_attach' and key ~= 'capabilities' then
      return nil, string.format('unknown option %q', tostring(key))
    end
    if type(value) == 'table' and type(config[key]) == 'table' and not vim.islist(value)
      and not vim.islist(config[key]) then
      config[key] = vim.tbl_deep_extend('force', config[key], value)
    else
      config[key] = value
    end
  end
  local cmd = config.cmd
  if type(cmd) ~= 'table' or #cmd == 0 then
    return nil, 'cmd must be a non-empty list of strings, e.g. { "errfix-lsp" }'
  end
  for _, part in ipairs(cmd) do
    if type(part) ~= 'string' then
      return nil, 'cmd must be a list of strings, found a ' .. type(part)
    end
  end
  for _, key in ipairs({ 'filetypes', 'log_patterns', 'root_markers' }) do
    if type(config[key]) ~= 'table' then
      return nil, key .. ' must be a list of strings'
    end
  end
  for _, key in ipairs({ 'settings', 'terminal', 'forward_diagnostics' }) do
    if type(config[key]) ~= 'table' then
      return nil, key .. ' must be a table'
    end
  end
  if type(config.use_lsp_enable) ~= 'boolean' then
    return nil, 'use_lsp_enable must be true or false'
  end
  for _, key in ipairs({ 'on_attach' }) do
    if config[key] ~= nil and type(config[key]) ~= 'function' then
      return nil, key .. ' must be a function'
    end
  end
  return config
end

--- The project root for a buffer: nearest root marker, else the working directory when the file
--- lies inside it, else the file's directory. The server only places diagnostics inside its
--- workspace, so there must always be one.
---@param bufnr integer
---@return string
function M.root_for(bufnr)
  local root = vim.fs.root(bufnr, M.config.root_markers)
  if root then
    return root
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  local cwd = vim.fn.getcwd()
  if name == '' then
    return cwd
  end
  local file = vim.fs.normalize(vim.fn.fnamemodify(name, ':p'))
  if vim.startswith(file, vim.fs.normalize(cwd) .. '/') then
    return cwd
  end
  return vim.fs.dirname(file)
end

--- Whether a buffer is a log file (by `log_patterns`).
---@param bufnr integer
---@return boolean
local function is_log(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  for _, pattern in ipairs(M.config.log_patterns) do
    if name ~= '' and vim.fn.match(name, vim.fn.glob2regpat(pattern)) >= 0 then
      return true
    end
  end
  return false
end

--- Language id sent in didOpen: log files get `log` whatever Neovim thinks their filetype is.
---@param bufnr integer
---@param filetype string
---@return string
local function language_id(bufnr, filetype)
  if is_log(bufnr) then
    return 'log'
  end
  return filetype ~= '' and filetype or 'plaintext'
end

--- Run a shell command a code action proposes (e.g. `pip install ...`) in a terminal split,
--- after the user confirmed or edited it: it changes the environment, so never silently.
---@param command string
function M.run_in_terminal(command)
  vim.ui.input({ prompt = 'errfix: run in a terminal: ', default = command }, function(input)
    if not input or vim.trim(input) == '' then
      return
    end
    vim.cmd('botright split | enew')
    if vim.fn.has('nvim-0.11') == 1 then
      vim.fn.jobstart(input, { term = true })
    else
      ---@diagnostic disable-next-line: deprecated
      vim.fn.termopen(input)
    end
  end)
end

--- Client-side handlers for the commands the server puts in code actions: their results are for
--- the user to see, which only the editor can do.
local commands = {
  ['errfix.showEntry'] = function(command)
    local id = command.arguments and command.arguments[1]
    if type(id) == 'string' then
      require('errfix.search').show_entry(id)
    end
  end,
  ['errfix.runInTerminal'] = function(command)
    local line = command.arguments and command.arguments[1]
    if type(line) == 'string' then
      M.run_in_terminal(line)
    end
  end,
}

--- A JSON object even when empty (an empty Lua table would be sent as `[]`).
---@param value table
---@return table
local function object(value)
  return next(value) == nil and vim.empty_dict() or value
end

--- Fields shared by `vim.lsp.config` (0.11+) and `vim.lsp.start` configs.
---@return table
local function base_config()
  local c = M.config
  return {
    name = client_mod.name,
    cmd = c.cmd,
    settings = { errfix = object(vim.deepcopy(c.settings)) },
    init_options = object(vim.deepcopy(c.settings)),
    get_language_id = language_id,
    commands = commands,
    on_attach = c.on_attach,
    capabilities = c.capabilities,
  }
end

--- A complete client config for `vim.lsp.start` with a fixed root (used for log files,
--- terminals and commands run before any Python buffer opened). Nil if the command is missing.
---@param root string
---@return table?
function M.client_config(root)
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    vim.notify_once(
      string.format('errfix: server command %q not found; see :checkhealth errfix', M.config.cmd[1]),
      vim.log.levels.ERROR)
    return nil
  end
  local config = base_config()
  config.root_dir = root
  config.workspace_folders = { { uri = vim.uri_from_fname(root), name = root } }
  return config
end

--- Attach the server to one buffer (log files, or any buffer via :ErrfixAttach).
---@param bufnr integer
function M.attach(bufnr)
  bufnr = bufnr == 0 and vim.api.nvim_get_current_buf() or bufnr
  local config = M.client_config(M.root_for(bufnr))
  if config then
    vim.lsp.start(config, { bufnr = bufnr })
  end
end

--- Register the server with Neovim's LSP client.
local function register_server()
  local group = vim.api.nvim_create_augroup('errfix.lsp', { clear = true })
  if vim.fn.has('nvim-0.11') == 1 and M.config.use_lsp_enable then
    local config = base_config()
    config.name = nil
    config.filetypes = M.config.filetypes
    config.root_dir = function(bufnr, on_dir)
      on_dir(M.root_for(bufnr))
    end
    vim.lsp.config(client_mod.name, config)
    vim.lsp.enable(client_mod.name)
  else
    if vim.lsp.is_enabled and vim.lsp.is_enabled(client_mod.name) then
      vim.lsp.enable(client_mod.name, false) -- an earlier setup() used vim.lsp.enable
    end
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.config.filetypes,
      callback = function(args)
        if vim.bo[args.buf].buftype == '' then
          M.attach(args.buf)
        end
      end,
    })
    -- buffers opened before setup() (lazy loading)
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].buftype == ''
        and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
        M.attach(buf)
      end
    end
  end
  if #M.config.log_patterns > 0 then
    vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
      group = group,
      pattern = M.config.log_patterns,
      callback = function(args)
        if vim.bo[args.buf].buftype == '' then
          M.attach(args.buf)
        end
      end,
    })
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].buftype == '' and is_log(buf) then
        M.attach(buf)
      end
    end
  end
end

--- Configure and start errfix. Safe to call again (replaces the previous configuration).
---@param opts errfix.Opts?
---@return boolean ok
function M.setup(opts)
  if vim.fn.has('nvim-0.10') ~= 1 then
    vim.notify('errfix needs Neovim 0.10 or newer', vim.log.levels.ERROR)
    return false
  end
  local config, err = resolve(opts)
  if not config then
    vim.notify('errfix.setup: ' .. err, vim.log.levels.ERROR)
    return false
  end
  M.config = config
  if vim.fn.executable(config.cmd[1]) ~= 1 then
    -- Neovim would only log it; say it where the user looks
    vim.notify(string.format('errfix: server command %q not found; see :checkhealth errfix', config.cmd[1]),
      vim.log.levels.WARN)
  end
  require('errfix.commands').create()
  register_server()
  require('errfix.terminal').setup(config.terminal)
  require('errfix.forward').setup(config.forward_diagnostics)
  M.did_setup = true
  return true
end

--- `:ErrfixClear`: forget every recognised error and remove errfix diagnostics.
function M.clear()
  for _, client in ipairs(vim.lsp.get_clients({ name = client_mod.name })) do
    client_mod.when_ready(client, function(ready)
      if not ready then
        return
      end
      client_mod.request(ready, 'workspace/executeCommand', { command = 'errfix.clear', arguments = {} },
        function(err)
          if err then
            vim.notify('errfix.clear failed: ' .. (err.message or ''), vim.log.levels.WARN)
          end
        end)
    end)
  end
end

--- `:ErrfixSearch [query]`.
---@param query string?
function M.search(query)
  require('errfix.search').search(query)
end

--- `:ErrfixExplain` over lines `line1`..`line2` of the current buffer.
---@param line1 integer
---@param line2 integer
function M.explain(line1, line2)
  require('errfix.explain').explain(vim.api.nvim_get_current_buf(), line1, line2)
end

return M

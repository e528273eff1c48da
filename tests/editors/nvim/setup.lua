-- Option checking, :checkhealth on a broken setup, and the vim.lsp.start path (use_lsp_enable =
-- false, the one Neovim 0.10 takes), driven by tests/editors/test_nvim_plugin.py.
local env = vim.env
local result = { log = {} }

local function main()
  vim.opt.rtp:prepend(env.ERRFIX_E2E_PLUGIN)
  vim.cmd('filetype on')
  -- plugin/errfix.lua is deliberately not sourced: setup() alone must give the commands
  -- (lazy.nvim with the plugin in a subfolder of the repository adds it to 'runtimepath' late)
  local errfix = require('errfix')
  local notes = {}
  local notify = vim.notify
  vim.notify = function(message, level)
    notes[#notes + 1] = { message = message, level = level }
  end

  -- bad options: refused with a message, nothing registered
  result.bad = {}
  for _, opts in ipairs({ { cmd = 'errfix-lsp' }, { cmd = {} }, { cmd = { 1 } }, { bogus = true },
    { filetypes = 'python' }, 'python', { terminal = false }, { use_lsp_enable = 'yes' } }) do
    notes = {}
    local ok = errfix.setup(opts)
    result.bad[#result.bad + 1] = { ok = ok, message = notes[1] and notes[1].message, level = notes[1] and notes[1].level }
  end
  result.did_setup_after_bad = errfix.did_setup

  -- a server command that does not exist: :checkhealth says so as an ERROR
  assert(errfix.setup({ cmd = { '/nonexistent/errfix-lsp' } }))
  vim.cmd('checkhealth errfix')
  result.broken_health = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  vim.cmd('silent! tabclose')
  vim.cmd('enew')

  -- the vim.lsp.start path, with a Python buffer opened before setup() (lazy loading)
  vim.cmd.cd(env.ERRFIX_E2E_WORKSPACE)
  vim.cmd.edit('script.py')
  local buf = vim.api.nvim_get_current_buf()
  notes = {}
  assert(errfix.setup({ cmd = { env.ERRFIX_E2E_PYTHON, '-m', 'errfix_lsp.server' }, use_lsp_enable = false,
    settings = { locale = 'zh' } }))
  local client
  assert(vim.wait(60000, function()
    client = vim.lsp.get_clients({ bufnr = buf, name = 'errfix' })[1]
    return client ~= nil and client.initialized == true
  end, 50), 'client did not attach through vim.lsp.start')
  result.legacy = { enabled = vim.lsp.is_enabled('errfix'), root = client.root_dir,
    server = client.server_info }

  -- :ErrfixSearch without a query asks with vim.ui.input, then offers vim.ui.select
  local asked, offered
  vim.ui.input = function(opts, on_confirm)
    asked = opts.prompt
    on_confirm('non-serializable')
  end
  vim.ui.select = function(items, _, on_choice)
    offered = items
    on_choice(nil, nil)
  end
  vim.cmd('ErrfixSearch')
  assert(vim.wait(30000, function()
    return offered ~= nil
  end, 50), 'no search results offered')
  result.search = { asked = asked, ids = vim.tbl_map(function(i)
    return i.id
  end, offered) }

  -- the zh locale reached the server through the settings: the entry view is in Chinese
  local shown
  require('errfix.search').show_entry('tensorflow/keras-model-save-custom-layer', function(bufnr)
    shown = bufnr and table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') or ''
  end)
  assert(vim.wait(30000, function()
    return shown ~= nil
  end, 50), 'entry not shown')
  result.entry_zh = shown

  -- terminals outside any client's folder: a server starts for one that printed an error,
  -- none for one that did not
  local function run_in_terminal(dir, code)
    vim.cmd('botright new')
    local done = false
    vim.fn.jobstart({ env.ERRFIX_E2E_PYTHON, '-c', code }, { term = true, cwd = dir, on_exit = function()
      done = true
    end })
    assert(vim.wait(30000, function()
      return done
    end, 50), 'terminal job did not end')
  end
  local function roots()
    return vim.tbl_map(function(c)
      return c.root_dir
    end, vim.lsp.get_clients({ name = 'errfix', _uninitialized = true }))
  end
  run_in_terminal(env.ERRFIX_E2E_QUIET, 'print("all good")')
  vim.wait(1500)
  result.roots_after_quiet = roots()
  run_in_terminal(env.ERRFIX_E2E_FAILING, 'raise ValueError("boom")')
  vim.wait(20000, function()
    return vim.tbl_contains(roots(), env.ERRFIX_E2E_FAILING)
  end, 50)
  result.roots_after_error = roots()
  result.notes = notes
  vim.notify = notify
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  result.failed = tostring(err)
end
local file = assert(io.open(env.ERRFIX_E2E_RESULT, 'w'))
file:write(vim.json.encode(result))
file:close()
for _, client in ipairs(vim.lsp.get_clients()) do
  client:stop()
end
vim.wait(3000, function()
  return #vim.lsp.get_clients() == 0
end, 50)
vim.cmd(ok and 'qall!' or 'cquit! 1')

-- End-to-end scenario in real headless Neovim, driven by tests/editors/test_nvim_e2e.py.
--
-- A real Keras script fails in a Neovim terminal; the errfix plugin forwards the terminal output
-- to the real errfix-lsp server; this script then checks what a user would see and do:
-- diagnostics on the custom layer's class line and on the failing call, the hover, the
-- get_config quick fix (applied and saved), :ErrfixSearch, :ErrfixExplain, a *.log buffer,
-- forwarded diagnostics of another tool, :ErrfixClear and :checkhealth errfix.
--
-- Everything observed goes into a JSON result file; the pytest test makes the assertions, so a
-- failure shows the whole picture. Inputs come from environment variables (see the test).

local env = vim.env
local result = { steps = {}, failed = nil, log = {} }
local ENTRY = 'tensorflow/keras-model-save-custom-layer'

local function note(message)
  result.log[#result.log + 1] = string.format('%.1fs %s', vim.uv.hrtime() / 1e9, message)
end

local function wait(ms, condition, what)
  note('waiting for ' .. what)
  if not vim.wait(ms, condition, 50) then
    error('timed out after ' .. ms .. ' ms waiting for ' .. what, 2)
  end
end

local function errfix_diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'errfix' then
      out[#out + 1] = d
    end
  end
  return out
end

local function plain_diagnostic(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  return { lnum = d.lnum, col = d.col, message = d.message, code = lsp.code, source = d.source,
    severity = d.severity, data = lsp.data }
end

local function line_of(bufnr, pattern)
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if text:match(pattern) then
      return i - 1
    end
  end
  error('no line matching ' .. pattern)
end

local function hover_text(client, bufnr, lnum, col)
  local win = vim.fn.win_findbuf(bufnr)[1]
  vim.api.nvim_set_current_win(win)
  vim.api.nvim_win_set_cursor(win, { lnum + 1, col })
  local params = vim.lsp.util.make_position_params(win, client.offset_encoding)
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 20000) or {}
  local response = responses[client.id] or {}
  local contents = response.result and response.result.contents
  if type(contents) == 'table' then
    return contents.value or vim.inspect(contents)
  end
  return contents or (response.err and ('error: ' .. vim.inspect(response.err))) or ''
end

local function main()
  local python, workspace = env.ERRFIX_E2E_PYTHON, env.ERRFIX_E2E_WORKSPACE
  vim.opt.rtp:prepend(env.ERRFIX_E2E_PLUGIN)
  vim.cmd('filetype on')
  vim.cmd('runtime plugin/errfix.lua') -- what a plugin manager does
  vim.cmd.cd(workspace)

  local errfix = require('errfix')
  assert(errfix.setup({ cmd = { python, '-m', 'errfix_lsp.server' }, settings = { severity = 'error', locale = 'en' } }),
    'setup failed')
  result.steps.version = tostring(vim.version())

  -- 1. the layer file: the client starts and attaches
  vim.cmd.edit('layers.py')
  local layers = vim.api.nvim_get_current_buf()
  local client
  wait(60000, function()
    client = vim.lsp.get_clients({ bufnr = layers, name = 'errfix' })[1]
    return client ~= nil and client.initialized == true
  end, 'the errfix client on layers.py')
  result.steps.client = { name = client.name, server_info = client.server_info, root = client.root_dir,
    filetype = vim.bo[layers].filetype }

  -- 2. run the real training script in a terminal buffer (a split, like a user's :terminal)
  vim.cmd('botright new')
  local term_buf = vim.api.nvim_get_current_buf()
  local exit_code
  vim.fn.jobstart({ python, 'train.py' }, {
    term = true,
    cwd = workspace,
    env = { KERAS_BACKEND = 'numpy', TF_CPP_MIN_LOG_LEVEL = '2' },
    on_exit = function(_, code)
      exit_code = code
    end,
  })
  wait(300000, function()
    return exit_code ~= nil
  end, 'train.py to finish')
  local term_win = vim.fn.win_findbuf(term_buf)[1]
  result.steps.terminal = {
    exit_code = exit_code,
    width = vim.api.nvim_win_get_width(term_win),
    lines = vim.api.nvim_buf_get_lines(term_buf, 0, -1, false),
  }

  -- 3. diagnostics: on `class MyDense` in layers.py and on the failing call in train.py
  local class_line = line_of(layers, '^class MyDense')
  wait(60000, function()
    for _, d in ipairs(errfix_diagnostics(layers)) do
      if d.lnum == class_line then
        return true
      end
    end
    return false
  end, 'an errfix diagnostic on class MyDense')
  result.steps.layers_diagnostics = vim.tbl_map(plain_diagnostic, errfix_diagnostics(layers))
  local train = vim.uri_to_bufnr(vim.uri_from_fname(workspace .. '/train.py'))
  wait(20000, function()
    return #errfix_diagnostics(train) > 0
  end, 'an errfix diagnostic in train.py')
  result.steps.train_diagnostics = vim.tbl_map(plain_diagnostic, errfix_diagnostics(train))

  local diagnostic
  for _, d in ipairs(errfix_diagnostics(layers)) do
    if d.lnum == class_line then
      diagnostic = d
    end
  end

  -- 4. hover on the diagnostic
  vim.api.nvim_set_current_win(vim.fn.win_findbuf(layers)[1])
  result.steps.hover = hover_text(client, layers, diagnostic.lnum, diagnostic.col)

  -- 5. code actions at the diagnostic; apply the get_config one and save
  local lsp_diagnostic = diagnostic.user_data.lsp
  local response = client:request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(layers) },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } },
  }, 20000, layers)
  assert(response and not response.err, 'codeAction failed: ' .. vim.inspect(response))
  local actions = response.result or {}
  result.steps.actions = vim.tbl_map(function(a)
    return { title = a.title, kind = a.kind, isPreferred = a.isPreferred, has_edit = a.edit ~= nil,
      command = a.command and (type(a.command) == 'table' and a.command.command or a.command) }
  end, actions)
  -- apply it the way `gra` does: vim.lsp.buf.code_action resolves the edit and applies it
  local function close_floats()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        vim.api.nvim_win_close(win, true)
      end
    end
  end
  local function float_text()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        return table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), '\n')
      end
    end
  end
  local layers_win = vim.fn.win_findbuf(layers)[1]
  vim.api.nvim_set_current_win(layers_win)
  vim.api.nvim_win_set_cursor(layers_win, { diagnostic.lnum + 1, diagnostic.col })
  local function run_action(pattern)
    vim.lsp.buf.code_action({
      context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } },
      filter = function(action)
        return action.title:match(pattern) ~= nil
      end,
      apply = true,
    })
  end
  run_action('get_config')
  wait(30000, function()
    for _, line in ipairs(vim.api.nvim_buf_get_lines(layers, 0, -1, false)) do
      if line:match('def get_config') then
        return true
      end
    end
    return false
  end, 'the get_config edit in layers.py')
  vim.api.nvim_buf_call(layers, function()
    vim.cmd('silent write')
  end)
  result.steps.applied = { modified = vim.bo[layers].modified,
    lines = vim.api.nvim_buf_get_lines(layers, 0, -1, false) }

  -- the "Show errfix entry" action runs the plugin's client-side command: a float
  close_floats()
  vim.api.nvim_win_set_cursor(layers_win, { diagnostic.lnum + 1, diagnostic.col })
  run_action('^Show errfix entry')
  wait(30000, function()
    return float_text() ~= nil
  end, 'the entry float from the code action')
  result.steps.show_entry_action = float_text()

  -- 6. :ErrfixSearch get_config, with vim.ui.select recorded; the entry opens in a float
  close_floats()
  local picked
  vim.ui.select = function(items, opts, on_choice)
    picked = { prompt = opts.prompt, items = items, shown = vim.tbl_map(opts.format_item, items) }
    for i, item in ipairs(items) do
      if item.id == ENTRY then
        return on_choice(item, i)
      end
    end
    on_choice(nil, nil)
  end
  vim.cmd('ErrfixSearch get_config')
  wait(30000, function()
    return picked ~= nil
  end, ':ErrfixSearch results')
  wait(30000, function()
    return float_text() ~= nil
  end, 'the entry float')
  result.steps.search = { prompt = picked.prompt, items = picked.items, shown = picked.shown, float = float_text() }

  -- 7. :ErrfixExplain over the terminal's scrollback fills the quickfix list
  vim.api.nvim_set_current_win(vim.fn.win_findbuf(term_buf)[1])
  vim.fn.setqflist({}, 'r', { title = 'empty', items = {} })
  vim.cmd('ErrfixExplain')
  wait(30000, function()
    return vim.fn.getqflist({ title = 0 }).title == 'errfix explain'
  end, ':ErrfixExplain')
  result.steps.explain = vim.tbl_map(function(item)
    return { file = item.bufnr > 0 and vim.api.nvim_buf_get_name(item.bufnr) or '', lnum = item.lnum,
      text = item.text, type = item.type }
  end, vim.fn.getqflist())

  -- 8. a *.log file holding the same output gets diagnostics on its error line
  local texts = require('errfix.terminal').logical_lines(term_buf, 1, vim.api.nvim_buf_line_count(term_buf))
  vim.fn.writefile(texts, workspace .. '/run.log')
  vim.cmd('wincmd t')
  vim.cmd.edit('run.log')
  local log_buf = vim.api.nvim_get_current_buf()
  wait(30000, function()
    return #errfix_diagnostics(log_buf) > 0
  end, 'errfix diagnostics in run.log')
  result.steps.log = { attached = #vim.lsp.get_clients({ bufnr = log_buf, name = 'errfix' }) > 0,
    diagnostics = vim.tbl_map(plain_diagnostic, errfix_diagnostics(log_buf)),
    lines = vim.api.nvim_buf_get_lines(log_buf, 0, -1, false) }

  -- 9. another tool's diagnostic is forwarded; its hover then explains it
  vim.cmd.edit('train.py')
  local train_buf = vim.api.nvim_get_current_buf()
  wait(20000, function()
    return #vim.lsp.get_clients({ bufnr = train_buf, name = 'errfix' }) > 0
  end, 'the client on train.py')
  local ns = vim.api.nvim_create_namespace('other-linter')
  local foreign_line = line_of(train_buf, '^inputs = ')
  vim.diagnostic.set(ns, train_buf, { {
    lnum = foreign_line, col = 0, end_col = 6, severity = vim.diagnostic.severity.WARN, source = 'other-linter',
    message = 'NotImplementedError: Object MyDense was created by passing non-serializable argument '
      .. 'values in `__init__()`, and therefore the object must override `get_config()` in order to '
      .. 'be serializable.',
  } })
  local foreign_hover = ''
  wait(30000, function()
    foreign_hover = hover_text(client, train_buf, foreign_line, 1)
    return foreign_hover:find(ENTRY, 1, true) ~= nil
  end, 'hover on the forwarded diagnostic')
  result.steps.forwarded = { line = foreign_line, hover = foreign_hover }

  -- 10. :ErrfixClear removes errfix diagnostics
  vim.cmd('ErrfixClear')
  wait(20000, function()
    return #errfix_diagnostics(layers) == 0 and #errfix_diagnostics(train) == 0
  end, 'diagnostics cleared')
  result.steps.cleared = true

  -- 11. :checkhealth errfix
  vim.cmd('checkhealth errfix')
  result.steps.health = vim.api.nvim_buf_get_lines(0, 0, -1, false)
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

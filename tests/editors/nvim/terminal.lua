-- Terminal forwarding against ground truth, driven by tests/editors/test_nvim_plugin.py.
--
-- A real program (ERRFIX_E2E_EMIT) prints known text into a real Neovim terminal buffer in a
-- narrow window, marks the end of a first "command" with an OSC 133 D;2 sequence (what shells
-- with shell integration print), prints more and exits 3. The forwarder's messages are recorded
-- through terminal.sink (no server needed); the test compares them with what the program printed.
local env = vim.env
local result = { log = {} }

local function main()
  vim.opt.rtp:prepend(env.ERRFIX_E2E_PLUGIN)
  local terminal = require('errfix.terminal')
  local messages = {}
  terminal.sink = function(params)
    params.at = vim.uv.hrtime() / 1e6
    messages[#messages + 1] = params
  end
  terminal.setup({ debounce = tonumber(env.ERRFIX_E2E_DEBOUNCE), start_server = false })

  vim.cmd('vertical new')
  vim.cmd('vertical resize ' .. env.ERRFIX_E2E_WIDTH)
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  vim.fn.jobstart({ env.ERRFIX_E2E_PYTHON, env.ERRFIX_E2E_EMIT }, {
    term = true,
    on_exit = function(_, code)
      exit_code = code
      result.exited_at = vim.uv.hrtime() / 1e6
    end,
  })
  local function ended()
    for _, m in ipairs(messages) do
      if m.exitCode == 3 then
        return true
      end
    end
    return false
  end
  assert(vim.wait(60000, function()
    return exit_code ~= nil and ended()
  end, 20), 'no final message')
  result.width = vim.api.nvim_win_get_width(0)
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  result.buffer_name = vim.api.nvim_buf_get_name(buf)
  result.messages = vim.tbl_map(function(m)
    return { terminal = m.terminal, data = m.data, cwd = m.cwd, at = m.at,
      exitCode = m.exitCode ~= vim.NIL and m.exitCode or nil }
  end, messages)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  result.failed = tostring(err)
end
local file = assert(io.open(env.ERRFIX_E2E_RESULT, 'w'))
file:write(vim.json.encode(result))
file:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')

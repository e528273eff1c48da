--- Forward the output of Neovim terminal buffers to errfix-lsp (`errfix/terminalOutput`).
---
--- Terminal buffers do not carry the raw byte stream, only the rendered screen, so this module
--- turns buffer lines back into output text:
--- * lines are sent once complete: the last non-blank line may still be written (it is where the
---   cursor usually is) and waits for more output or for the end of the command;
--- * lines hard-wrapped at the terminal width are joined back (an error message or a traceback
---   `File "..."` line longer than the window would otherwise be cut in two);
--- * the end of a command is the job's exit (`TermClose`, `v:event.status`) or, in a shell with
---   shell integration, an OSC 133 `D;<exit code>` mark (`TermRequest`);
--- * `[Process exited N]` and the unused blank screen rows are not output and are skipped.
local M = {}

local client_mod = require('errfix.client')

---@type errfix.TerminalOpts
M.opts = { enabled = true, debounce = 100, start_server = true }

--- Replaceable delivery function, for integrations and tests: `fun(params): nil`. When nil, the
--- params go to the errfix client serving the terminal's directory.
---@type fun(params: table)?
M.sink = nil

local EXITED = '^%[Process exited %-?%d+%]$'
local TAIL = 200 -- sent lines remembered to notice when the terminal rewrites them
local QUEUE_LIMIT = 2 * 1024 * 1024 -- bytes held while no server is ready
local MAX_WAIT = 500 -- ms: longest a complete line waits while output keeps coming

---@class errfix.Term
---@field buf integer
---@field id string
---@field cwd string
---@field command string?
---@field sent integer buffer lines already forwarded
---@field tail string[] texts of the last forwarded buffer lines
---@field dirty integer? first line before `sent` that the terminal changed
---@field width integer
---@field timer uv.uv_timer_t?
---@field pending_since integer? when the first unflushed change arrived (uv.now ms)
---@field queue table[] params waiting for a server
---@field waiting boolean a drain is waiting for the client to initialise

---@type table<integer, errfix.Term>
local terms = {}

--- True when `line` cannot continue the logical line `current` even if `current` filled the
--- whole terminal width. A line of exactly the width looks the same as a wrapped one; these
--- shapes are where a wrong join would break a Python traceback.
---@param current string
---@param line string
---@return boolean
function M.starts_new_line(current, line)
  if line == '' or line:match(EXITED) then
    return true
  end
  if line:match('^Traceback %(most recent call last%)') or line:match('^%s*File "')
    or line:match('^During handling of the above exception')
    or line:match('^The above exception was the direct cause') then
    return true
  end
  -- a complete frame line is followed by its source line, indented
  return current:match('^%s*File ".*", line %d+, in %S+$') ~= nil and line:match('^    %S') ~= nil
end

---@class errfix.LogicalLine
---@field text string
---@field first integer index of its first physical line
---@field last integer index of its last physical line

--- Whether a physical line filled the terminal row, so the text may go on in the next line.
--- A double-width character that does not fit in the last cell moves to the next row whole,
--- leaving that row one cell short.
---@param line string
---@param next_line string?
---@param width integer
---@return boolean
local function fills_row(line, next_line, width)
  local used = vim.fn.strdisplaywidth(line)
  if used >= width then
    return true
  end
  return used == width - 1 and next_line ~= nil and next_line ~= ''
    and vim.fn.strdisplaywidth(vim.fn.strcharpart(next_line, 0, 1)) == 2
end

--- Join lines hard-wrapped at `width` into logical lines.
---@param lines string[]
---@param width integer terminal width in cells (0: no wrapping to undo)
---@param count integer? join only the first `count` lines (the rest is only looked at)
---@return errfix.LogicalLine[] complete logical lines
---@return integer? index of the first line of a logical line still open at the end
function M.join_wrapped(lines, width, count)
  local out = {} ---@type errfix.LogicalLine[]
  local current, start = nil, nil ---@type string?, integer?
  for i = 1, count or #lines do
    local line = lines[i]
    if current and M.starts_new_line(current, line) then
      out[#out + 1] = { text = current, first = start, last = i - 1 }
      current = nil
    end
    if current then
      current = current .. line
    else
      current, start = line, i
    end
    if width <= 0 or not fills_row(line, lines[i + 1], width) then
      out[#out + 1] = { text = current, first = start, last = i }
      current = nil
    end
  end
  return out, current and start or nil
end

--- The terminal's width: the narrowest window showing it (Neovim sizes terminals that way),
--- else the last width seen.
---@param buf integer
---@param fallback integer
---@return integer
local function width_of(buf, fallback)
  local best
  for _, win in ipairs(vim.fn.win_findbuf(buf)) do
    local info = vim.fn.getwininfo(win)[1]
    if info then
      local width = info.width - info.textoff
      if width > 0 and (not best or width < best) then
        best = width
      end
    end
  end
  return best or fallback
end

--- Logical lines of any buffer range (terminal buffers get their wrapping undone), for
--- `:ErrfixExplain`. Returns texts and the 1-based buffer line each starts on.
---@param buf integer
---@param line1 integer 1-based, inclusive
---@param line2 integer 1-based, inclusive
---@return string[] texts
---@return integer[] starts
function M.logical_lines(buf, line1, line2)
  local lines = vim.api.nvim_buf_get_lines(buf, line1 - 1, line2, false)
  local width = 0
  if vim.bo[buf].buftype == 'terminal' then
    width = width_of(buf, terms[buf] and terms[buf].width or 0)
  end
  local joined, open = M.join_wrapped(lines, width)
  if open then
    joined[#joined + 1] = { text = table.concat(lines, '', open, #lines), first = open, last = #lines }
  end
  local texts, starts = {}, {}
  for _, item in ipairs(joined) do
    if not item.text:match(EXITED) then
      texts[#texts + 1] = item.text
      starts[#starts + 1] = line1 + item.first - 1
    end
  end
  return texts, starts
end

--- Whether queued output may hold an error worth starting a server for.
---@param queue table[]
---@return boolean
local function mentions_error(queue)
  for _, params in ipairs(queue) do
    local data = params.data
    if data:find('rror', 1, true) or data:find('Traceback', 1, true)
      or data:find('Exception', 1, true) or data:find('Warning', 1, true) then
      return true
    end
  end
  return false
end

--- Drop the finished commands from a queue that no server will read (they printed no error).
---@param term errfix.Term
local function drop_finished(term)
  for i = #term.queue, 1, -1 do
    local params = term.queue[i]
    if params.exitCode ~= vim.NIL or params['end'] then
      term.queue = vim.list_slice(term.queue, i + 1)
      return
    end
  end
end

--- The client for a terminal: the one serving its directory; else, when `start_server` is on
--- and the output mentions an error, a new one rooted there (not for every shell opened);
--- with `start_server` off, any running errfix client.
---@param term errfix.Term
---@return vim.lsp.Client?
local function client_for(term)
  local client = client_mod.find(term.cwd, false)
  if client then
    return client
  end
  if not M.opts.start_server then
    return client_mod.find(nil, true)
  end
  if mentions_error(term.queue) then
    return client_mod.ensure(term.cwd)
  end
  return nil
end

--- Hand queued messages to the sink or the server. Messages wait (bounded) while no server is
--- ready; an `LspAttach` of errfix or the client finishing `initialize` drains them.
---@param term errfix.Term
local function drain(term)
  if #term.queue == 0 or term.waiting then
    return
  end
  if M.sink then
    local queue = term.queue
    term.queue = {}
    for _, params in ipairs(queue) do
      M.sink(params)
    end
    return
  end
  local client = client_for(term)
  if not client then
    drop_finished(term)
    return
  end
  term.waiting = true
  client_mod.when_ready(client, function(ready)
    term.waiting = false
    if not ready then
      return
    end
    local queue = term.queue
    term.queue = {}
    for _, params in ipairs(queue) do
      client_mod.notify(ready, 'errfix/terminalOutput', params)
    end
  end)
end

---@param term errfix.Term
---@param data string
---@param exit_code integer? the command's exit code, when it ended and the code is known
---@param ended boolean? the command ended (with an unknown code when `exit_code` is nil)
local function deliver(term, data, exit_code, ended)
  local params = {
    terminal = term.id,
    data = data,
    cwd = term.cwd,
    commandLine = term.command or vim.NIL,
    exitCode = exit_code or vim.NIL,
  }
  if ended and exit_code == nil then
    params['end'] = true
  end
  term.queue[#term.queue + 1] = params
  local size = 0
  for i = #term.queue, 1, -1 do
    size = size + #term.queue[i].data
    if size > QUEUE_LIMIT then
      term.queue = vim.list_slice(term.queue, i + 1)
      break
    end
  end
  drain(term)
end

--- If the terminal rewrote lines that were already sent (a `clear`, a redrawn screen), go back
--- to the first line that differs so the new text is sent too.
---@param term errfix.Term
---@param count integer
local function rewind(term, count)
  if term.sent > count then
    local drop = term.sent - count
    term.tail = vim.list_slice(term.tail, 1, math.max(0, #term.tail - drop))
    term.sent = count
  end
  if not term.dirty then
    return
  end
  local from = math.max(term.dirty, term.sent - #term.tail)
  term.dirty = nil
  local current = vim.api.nvim_buf_get_lines(term.buf, from, term.sent, false)
  for j, text in ipairs(current) do
    local line = from + j - 1
    local tail_index = #term.tail - (term.sent - line) + 1
    if text ~= term.tail[tail_index] then
      term.tail = vim.list_slice(term.tail, 1, tail_index - 1)
      term.sent = line
      return
    end
  end
end

--- Send the complete new lines of a terminal.
---@param term errfix.Term
---@param opts { final: boolean?, upto: integer? } final: the command ended, send everything;
---  upto: send only lines before this 0-based buffer line (all of them are complete)
local function flush(term, opts)
  if not vim.api.nvim_buf_is_valid(term.buf) then
    return
  end
  local count = vim.api.nvim_buf_line_count(term.buf)
  rewind(term, count)
  local stop = opts.upto and math.min(opts.upto, count) or count
  if stop <= term.sent then
    return
  end
  local lines = vim.api.nvim_buf_get_lines(term.buf, term.sent, stop, false)
  local last = #lines
  while last > 0 and (lines[last] == '' or lines[last]:match(EXITED)) do
    last = last - 1
  end
  if not opts.final and not opts.upto then
    last = last - 1 -- the cursor line: may still be written to
  end
  if last <= 0 then
    return
  end
  term.width = width_of(term.buf, term.width)
  local logical, open = M.join_wrapped(lines, term.width, last)
  local texts, consumed = {}, 0
  for _, item in ipairs(logical) do
    if not item.text:match(EXITED) then
      texts[#texts + 1] = item.text
    end
    consumed = item.last
  end
  if open and (opts.final or opts.upto) then
    texts[#texts + 1] = table.concat(lines, '', open, last)
    consumed = last
  end
  if consumed == 0 then
    return
  end
  for i = 1, consumed do
    term.tail[#term.tail + 1] = lines[i]
  end
  if #term.tail > TAIL then
    term.tail = vim.list_slice(term.tail, #term.tail - TAIL + 1)
  end
  term.sent = term.sent + consumed
  if #texts > 0 then
    deliver(term, table.concat(texts, '\n') .. '\n')
  end
end

--- Flush after `debounce` ms without new output, but at least every `MAX_WAIT` ms: a training
--- loop that prints all the time must not hold its output back until it stops.
---@param term errfix.Term
local function schedule(term)
  if not term.timer then
    term.timer = vim.uv.new_timer()
  end
  local now = vim.uv.now()
  term.pending_since = term.pending_since or now
  local delay = math.max(0, math.min(M.opts.debounce, term.pending_since + MAX_WAIT - now))
  term.timer:stop()
  term.timer:start(delay, 0, vim.schedule_wrap(function()
    term.pending_since = nil
    if terms[term.buf] == term then
      flush(term, {})
    end
  end))
end

---@param term errfix.Term
local function forget(term)
  if terms[term.buf] == term then
    terms[term.buf] = nil
  end
  if term.timer then
    term.timer:stop()
    term.timer:close()
    term.timer = nil
  end
end

--- The end of a command: send what is left, then the exit code. Waits a moment because the
--- last output can reach the buffer just after the exit or the OSC 133 mark.
---@param term errfix.Term
---@param exit_code integer? nil: unknown
---@param upto integer?
---@param closing boolean the job ended (the terminal will not print more)
local function finish(term, exit_code, upto, closing)
  if closing then
    flush(term, { final = true })
  end
  vim.defer_fn(function()
    flush(term, { final = upto == nil, upto = upto })
    deliver(term, '', exit_code, true)
    if closing then
      forget(term)
    end
  end, 80)
end

--- Parse `term://{cwd}//{pid}:{cmd}`.
---@param name string
---@return string? cwd
---@return string? command
local function parse_name(name)
  local cwd, command = name:match('^term://(.-)//%d+:(.*)$')
  if cwd then
    cwd = vim.fs.normalize(vim.fn.fnamemodify(vim.fn.expand(cwd), ':p'))
    if #cwd > 1 then
      cwd = cwd:gsub('/+$', '')
    end
  end
  return cwd, command
end

--- Start forwarding a terminal buffer (done automatically on TermOpen).
---@param buf integer
function M.attach(buf)
  buf = buf == 0 and vim.api.nvim_get_current_buf() or buf
  if terms[buf] or not vim.api.nvim_buf_is_valid(buf) or vim.bo[buf].buftype ~= 'terminal' then
    return
  end
  local cwd, command = parse_name(vim.api.nvim_buf_get_name(buf))
  ---@type errfix.Term
  local term = {
    buf = buf,
    id = string.format('nvim-%d-%d', vim.fn.getpid(), buf),
    cwd = cwd or vim.fn.getcwd(),
    command = command ~= '' and command or nil,
    sent = 0,
    tail = {},
    width = width_of(buf, vim.o.columns),
    queue = {},
    waiting = false,
  }
  terms[buf] = term
  vim.api.nvim_buf_attach(buf, false, {
    on_lines = function(_, _, _, first, last_old, last_new)
      if terms[buf] ~= term then
        return true -- detach
      end
      if first < term.sent then
        if first == 0 and last_new == 0 and last_old <= term.sent then
          term.sent = term.sent - last_old -- scrollback trimmed at the top
        else
          term.dirty = math.min(term.dirty or first, first)
        end
      end
      schedule(term)
    end,
    on_detach = function()
      -- the buffer is unloaded: TermClose has already sent what it had
      vim.schedule(function()
        if terms[buf] == term and not vim.api.nvim_buf_is_loaded(buf) then
          forget(term)
        end
      end)
    end,
  })
  if vim.api.nvim_buf_line_count(buf) > 1 or vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1] ~= '' then
    schedule(term) -- a terminal that had output before errfix was set up
  end
end

--- An OSC 133 "command finished" mark, e.g. `ESC ] 133 ; D ; 1`: whether it is one, and the
--- exit code when the shell gave it.
---@param sequence string
---@return boolean is_end
---@return integer? exit_code
function M.osc133_end(sequence)
  local code = sequence:match('^\027%]133;D;?(%-?%d*)')
  if not code then
    return false, nil
  end
  return true, tonumber(code)
end

---@param opts errfix.TerminalOpts?
function M.setup(opts)
  M.opts = vim.tbl_extend('force', M.opts, opts or {})
  local group = vim.api.nvim_create_augroup('errfix.terminal', { clear = true })
  if not M.opts.enabled then
    for _, term in pairs(terms) do
      forget(term)
    end
    return
  end
  vim.api.nvim_create_autocmd('TermOpen', {
    group = group,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  vim.api.nvim_create_autocmd('TermClose', {
    group = group,
    callback = function(args)
      local term = terms[args.buf]
      if term then
        finish(term, vim.v.event.status, nil, true)
      end
    end,
  })
  vim.api.nvim_create_autocmd('TermRequest', {
    group = group,
    callback = function(args)
      local term = terms[args.buf]
      local data = args.data
      local sequence = type(data) == 'table' and data.sequence or data
      if not term or type(sequence) ~= 'string' then
        return
      end
      local is_end, exit_code = M.osc133_end(sequence)
      if not is_end then
        return
      end
      local cursor = type(data) == 'table' and data.cursor or nil
      -- the cursor's row (1-based) is where the next prompt goes: every line above is output
      finish(term, exit_code, cursor and cursor[1] - 1 or nil, false)
    end,
  })
  vim.api.nvim_create_autocmd('LspAttach', {
    group = group,
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data.client_id)
      if client and client.name == client_mod.name then
        for _, term in pairs(terms) do
          drain(term)
        end
      end
    end,
  })
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.bo[buf].buftype == 'terminal' then
      M.attach(buf)
    end
  end
end

--- Terminals being forwarded (for :checkhealth).
---@return integer
function M.count()
  return vim.tbl_count(terms)
end

return M

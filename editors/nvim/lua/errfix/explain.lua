--- `:ErrfixExplain`: explain the errors in a range of any buffer (a log, pasted output, a
--- terminal's scrollback) and list them in the quickfix list.
local M = {}

local client_mod = require('errfix.client')

local LIBRARY_DIRS = { '/site%-packages/', '/dist%-packages/', '/%.venv/', '/node_modules/' }

--- The innermost frame whose file exists and is not installed library code: where the user's
--- own code took part in the error.
---@param frames { file: string, line: integer?, function: string? }[]
---@param cwd string
---@return { file: string, line: integer }?
local function own_frame(frames, cwd)
  for i = #frames, 1, -1 do
    local frame = frames[i]
    local file = type(frame.file) == 'string' and frame.file or ''
    if file ~= '' and not file:match('^<') and type(frame.line) == 'number' then
      local path = file:sub(1, 1) == '/' and file or (cwd .. '/' .. file)
      local library = false
      for _, dir in ipairs(LIBRARY_DIRS) do
        library = library or path:match(dir) ~= nil
      end
      if not library and vim.fn.filereadable(path) == 1 then
        return { file = path, line = frame.line }
      end
    end
  end
  return nil
end

--- Quickfix items for the explained events; events without a match are left out.
---@param result { events: table[] }
---@param bufnr integer
---@param starts integer[] buffer line of each logical input line
---@param cwd string
---@return table[]
function M.quickfix_items(result, bufnr, starts, cwd)
  local items = {}
  for _, event in ipairs(type(result) == 'table' and result.events or {}) do
    local best = event.matches and event.matches[1]
    if best then
      local text = string.format('[%s] %s', best.id, best.signature or event.text or '')
      local frame = own_frame(event.frames or {}, cwd)
      local source_line = starts[event.line] or starts[#starts] or 1
      if frame then
        items[#items + 1] = { filename = frame.file, lnum = frame.line, col = 1, text = text,
          type = 'E', user_data = { id = best.id, output_line = source_line } }
      end
      items[#items + 1] = { bufnr = bufnr, lnum = source_line, col = 1, text = text,
        type = frame and 'I' or 'E', user_data = { id = best.id } }
    end
  end
  return items
end

--- Explain lines `line1`..`line2` (1-based, inclusive) of `bufnr`.
---@param bufnr integer
---@param line1 integer
---@param line2 integer
---@param on_done fun(items: table[]?, err: string?)? called after the quickfix list is set
function M.explain(bufnr, line1, line2, on_done)
  local texts, starts = require('errfix.terminal').logical_lines(bufnr, line1, line2)
  local cwd = vim.fn.getcwd()
  client_mod.execute('errfix.explain', { table.concat(texts, '\n') .. '\n' }, function(err, result)
    if err then
      vim.notify('errfix: ' .. err, vim.log.levels.ERROR)
      if on_done then
        on_done(nil, err)
      end
      return
    end
    local items = M.quickfix_items(result, bufnr, starts, cwd)
    vim.fn.setqflist({}, ' ', { title = 'errfix explain', items = items })
    if #items == 0 then
      vim.notify('errfix: no known error in these lines', vim.log.levels.INFO)
    else
      vim.cmd('botright copen')
    end
    if on_done then
      on_done(items, nil)
    end
  end)
end

return M

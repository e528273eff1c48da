--- `:ErrfixSearch`: find a knowledge-base entry and read it in a floating window.
---
--- Uses `vim.ui.input` / `vim.ui.select`, so pickers that replace them (telescope-ui-select,
--- fzf-lua, snacks, dressing) are used automatically.
local M = {}

local client_mod = require('errfix.client')

---@param message string
---@param level integer?
local function notify(message, level)
  vim.notify('errfix: ' .. message, level or vim.log.levels.INFO)
end

--- Show an entry's Markdown (`errfix.showEntry`) in a floating window.
---@param id string
---@param on_shown fun(bufnr: integer?, winid: integer?)? called with the float (tests, pickers)
function M.show_entry(id, on_shown)
  client_mod.execute('errfix.showEntry', { id }, function(err, markdown)
    if err or type(markdown) ~= 'string' or markdown == '' then
      notify(err or ('no entry ' .. id), vim.log.levels.WARN)
      if on_shown then
        on_shown(nil, nil)
      end
      return
    end
    local lines = vim.split(markdown, '\n', { plain = true })
    local bufnr, winid = vim.lsp.util.open_floating_preview(lines, 'markdown', {
      border = 'rounded',
      focus_id = 'errfix_entry',
      max_width = math.max(40, math.floor(vim.o.columns * 0.8)),
      max_height = math.max(10, math.floor(vim.o.lines * 0.7)),
      title = ' ' .. id .. ' ',
    })
    if on_shown then
      on_shown(bufnr, winid)
    end
  end)
end

---@class errfix.SearchHit
---@field id string
---@field signature string
---@field score number

--- Search the knowledge base and let the user pick an entry to read.
---@param query string? asked with vim.ui.input when empty
function M.search(query)
  if not query or vim.trim(query) == '' then
    vim.ui.input({ prompt = 'errfix search: ' }, function(input)
      if input and vim.trim(input) ~= '' then
        M.search(input)
      end
    end)
    return
  end
  query = vim.trim(query)
  client_mod.execute('errfix.search', { query }, function(err, hits)
    if err then
      return notify(err, vim.log.levels.ERROR)
    end
    if type(hits) ~= 'table' or #hits == 0 then
      return notify(string.format('no entry matches %q', query), vim.log.levels.WARN)
    end
    ---@cast hits errfix.SearchHit[]
    vim.ui.select(hits, {
      prompt = string.format('errfix entries for %q', query),
      kind = 'errfix_entry',
      format_item = function(hit)
        return string.format('%s  %s', hit.id, hit.signature or '')
      end,
    }, function(hit)
      if hit then
        M.show_entry(hit.id)
      end
    end)
  end)
end

return M

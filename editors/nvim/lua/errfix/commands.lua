--- The user commands. Created by plugin/errfix.lua at startup and again by setup(), so they exist
--- also when the plugin folder was added to 'runtimepath' late (lazy.nvim with a subfolder).
--- Each command loads its module only when it runs.
local M = {}

function M.create()
  local command = vim.api.nvim_create_user_command
  command('ErrfixSearch', function(args)
    require('errfix').search(args.args)
  end, { nargs = '*', desc = 'errfix: search the error knowledge base' })

  command('ErrfixExplain', function(args)
    require('errfix').explain(args.line1, args.line2)
  end, { range = '%', desc = 'errfix: explain the errors in the lines (whole buffer by default)' })

  command('ErrfixClear', function()
    require('errfix').clear()
  end, { desc = 'errfix: forget recognised errors and clear their diagnostics' })

  command('ErrfixEntry', function(args)
    require('errfix.search').show_entry(args.args)
  end, { nargs = 1, desc = 'errfix: show a knowledge-base entry by id' })
end

return M

-- errfix user commands. Kept tiny: modules load only when a command runs, and nothing starts
-- until require("errfix").setup() is called.
if vim.g.loaded_errfix then
  return
end
vim.g.loaded_errfix = true

vim.api.nvim_create_user_command('ErrfixSearch', function(args)
  require('errfix').search(args.args)
end, { nargs = '*', desc = 'errfix: search the error knowledge base' })

vim.api.nvim_create_user_command('ErrfixExplain', function(args)
  require('errfix').explain(args.line1, args.line2)
end, { range = '%', desc = 'errfix: explain the errors in the lines (whole buffer by default)' })

vim.api.nvim_create_user_command('ErrfixClear', function()
  require('errfix').clear()
end, { desc = 'errfix: forget recognised errors and clear their diagnostics' })

vim.api.nvim_create_user_command('ErrfixEntry', function(args)
  require('errfix.search').show_entry(args.args)
end, { nargs = 1, desc = 'errfix: show a knowledge-base entry by id' })

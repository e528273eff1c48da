-- errfix user commands. Kept tiny: the commands load their modules only when they run, and
-- nothing starts until require("errfix").setup() is called.
if vim.g.loaded_errfix then
  return
end
vim.g.loaded_errfix = true

require('errfix.commands').create()

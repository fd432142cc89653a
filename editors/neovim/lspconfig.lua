-- With nvim-lspconfig: register pathlint as a custom server, then enable it.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.pathlint then
  configs.pathlint = {
    default_config = {
      cmd = { 'pathlint-lsp' },  -- or the full path to .build/release/pathlint-lsp
      filetypes = { 'markdown', 'yaml' },
      root_dir = util.root_pattern('_figures', '.pathlint.yaml', '.git'),
      init_options = { pathlint = {} },
      settings = { pathlint = {} },
    },
  }
end

require('lspconfig').pathlint.setup({})

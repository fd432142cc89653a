-- With nvim-lspconfig: register pathlint as a custom server, then enable it.
--   vim.opt.runtimepath:append('/path/to/pathlint/editors/neovim')
--   dofile('/path/to/pathlint/editors/neovim/lspconfig.lua')   -- or copy this into init.lua
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')
local pathlint = require('pathlint')  -- lua/pathlint.lua: which files are annotation files

if not configs.pathlint then
  configs.pathlint = {
    default_config = {
      cmd = { 'pathlint-lsp' },  -- or the full path to .build/release/pathlint-lsp
      filetypes = { 'markdown', 'yaml', 'tsv' },  -- tsv: the `_data/` sidecar tables (Neovim 0.9+ knows the filetype)
      -- No root, no server: other Markdown and YAML files are left alone.
      root_dir = function(fname)
        if not pathlint.is_annotation_file(fname) then return nil end
        return util.root_pattern('.pathlint.yaml', '.git')(fname) or pathlint.root_of(fname)
      end,
      init_options = { pathlint = {} },  -- select, ignore, severity, reference
      settings = { pathlint = {} },
    },
  }
end

require('lspconfig').pathlint.setup({})

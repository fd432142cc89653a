-- pathlint-lsp for Neovim 0.7+ (no plugins needed).
--
--   vim.opt.runtimepath:append('/path/to/pathlint/editors/neovim')
--   require('pathlint').setup({ cmd = { '/path/to/pathlint/.build/release/pathlint-lsp' } })
--
-- Starts the server for Markdown and YAML buffers under a `_figures/` folder (or any
-- buffer when `all_markdown = true`), for the sidecar tables in `_data/`
-- (`<figid>-genes.tsv`, `-chemicals`, `-diseases`) and for `.pathlint.yaml`, and attaches
-- it; one client per root directory (the folder that holds `_figures/` and `_data/`).
local M = {}

local defaults = {
  cmd = { 'pathlint-lsp' },
  filetypes = { 'markdown', 'yaml' },
  -- A buffer is an annotation file when its path matches one of these Lua patterns.
  path_patterns = { '/_figures/[^/]+%.md$', '/_figures/[^/]+%.ya?ml$', '/_data/[^/]+%-genes%.tsv$',
                    '/_data/[^/]+%-chemicals%.tsv$', '/_data/[^/]+%-diseases%.tsv$', '/%.pathlint%.yaml$' },
  -- Files attached by name whatever their filetype (Neovim 0.7 gives `.tsv` none).
  file_patterns = { '*/_data/*.tsv' },
  all_markdown = false,
  settings = { pathlint = {} },  -- select, ignore, severity, reference
  on_attach = nil,
}

local clients = {}

local function is_annotation_file(path, config)
  config = config or defaults
  if config.all_markdown then return true end
  for _, pattern in ipairs(config.path_patterns) do
    if path:match(pattern) then return true end
  end
  return false
end

M.is_annotation_file = is_annotation_file

local function root_of(path)
  local dir = vim.fn.fnamemodify(path, ':h')
  local folder = vim.fn.fnamemodify(dir, ':t')
  if folder == '_figures' or folder == '_data' then return vim.fn.fnamemodify(dir, ':h') end
  return dir
end

M.root_of = root_of

function M.attach(bufnr, config)
  local path = vim.api.nvim_buf_get_name(bufnr)
  if path == '' or not is_annotation_file(path, config) then return end
  local root = root_of(path)
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client({
      name = 'pathlint',
      cmd = config.cmd,
      root_dir = root,
      init_options = config.settings,
      settings = config.settings,
      on_attach = config.on_attach,
    })
    clients[root] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
end

function M.setup(options)
  local config = vim.tbl_deep_extend('force', defaults, options or {})
  vim.api.nvim_create_autocmd('FileType', {
    pattern = config.filetypes,
    callback = function(args) M.attach(args.buf, config) end,
  })
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    pattern = config.file_patterns,
    callback = function(args) M.attach(args.buf, config) end,
  })
  return config
end

return M

-- Headless Neovim check of the shipped configuration (lua/pathlint.lua):
--   PATHLINT_LSP=.build/debug/pathlint-lsp nvim --headless -u NONE -c "luafile editors/neovim/test/smoke.lua" FILE
-- FILE must be an annotation file under a `_figures/` folder holding a wrong entrez for
-- MAP2K1 and a `hgnc_symbol: MAP2K` line. Exits 0 when diagnostics, completion, hover,
-- an inlay hint and a suppress action all come back right, 1 otherwise, printing what it saw.
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*)/test/')
vim.opt.runtimepath:append(here)
local failures = 0
local function check(ok, what)
  print((ok and 'ok   ' or 'FAIL ') .. what)
  if not ok then failures = failures + 1 end
end

-- A Lua error must fail the run, not leave a headless Neovim waiting for input.
local ok, err = xpcall(function()
  require('pathlint').setup({ cmd = { os.getenv('PATHLINT_LSP') or 'pathlint-lsp' } })
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.argv(0))
  vim.cmd('doautocmd FileType markdown')
  local buf = vim.api.nvim_get_current_buf()

  local got = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local diagnostics = vim.diagnostic.get(buf)
  local codes = {}
  for _, d in ipairs(diagnostics) do
    codes[#codes + 1] = string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code or d.user_data and d.user_data.lsp and d.user_data.lsp.code), d.message)
  end
  print(table.concat(codes, '\n'))
  local found_entrez = false
  for _, d in ipairs(diagnostics) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == 'entrez-mismatch' and d.message:find('MAP2K1', 1, true) then found_entrez = true end
  end
  check(got and found_entrez, 'published diagnostics include entrez-mismatch for MAP2K1')

  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local partial
  for i, line in ipairs(lines) do
    if line:match('^%s*hgnc_symbol: MAP2K$') then partial = i - 1 end
  end
  check(partial ~= nil, 'the file has a partial `hgnc_symbol: MAP2K` line')
  if partial then
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
                     position = { line = partial, character = #lines[partial + 1] } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 10000) or {}
    local labels = {}
    for _, response in pairs(responses) do
      local result = response.result or {}
      for _, item in ipairs(result.items or result) do labels[#labels + 1] = item.label end
    end
    print('completion: ' .. table.concat(labels, ', ', 1, math.min(#labels, 8)))
    check(vim.tbl_contains(labels, 'MAP2K1'), 'completion of MAP2K offers MAP2K1')
  end

  local hover_line
  for i, line in ipairs(lines) do
    if line:match('^%s*hgnc_symbol: MAP2K1$') then hover_line = i - 1 end
  end
  if hover_line then
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
                     position = { line = hover_line, character = #lines[hover_line + 1] - 2 } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
    local text = ''
    for _, response in pairs(responses) do
      if response.result and response.result.contents then text = text .. (response.result.contents.value or '') end
    end
    print('hover: ' .. text:gsub('\n', ' '):sub(1, 120))
    check(text:find('HGNC:6840', 1, true) ~= nil, 'hover on MAP2K1 shows its HGNC record')
  else
    check(false, 'the file has a `hgnc_symbol: MAP2K1` line')
  end

  -- Inlay hints (Neovim 0.7 has no display for them: asked for directly): MAP2K1's name.
  if hover_line then
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
                     range = { start = { line = 0, character = 0 }, ['end'] = { line = #lines, character = 0 } } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/inlayHint', params, 10000) or {}
    local shown
    for _, response in pairs(responses) do
      for _, hint in ipairs(response.result or {}) do
        if hint.position.line == hover_line and hint.label == 'mitogen-activated protein kinase kinase 1' then shown = hint end
      end
    end
    print('inlay hint: ' .. (shown and shown.label or 'none'))
    check(shown ~= nil, 'an inlay hint shows the gene name beside MAP2K1')
  end

  -- A suppress action, applied as the user's code action menu applies it.
  local entrez_line
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line:match("^%s*entrez: '5605'$") then entrez_line = i - 1 end
  end
  check(entrez_line ~= nil, "the file has an `entrez: '5605'` line")
  if entrez_line then
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf),
                     range = { start = { line = entrez_line, character = 0 }, ['end'] = { line = entrez_line, character = 20 } },
                     context = { diagnostics = {} } }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
    local action
    for _, response in pairs(responses) do
      for _, a in ipairs(response.result or {}) do
        if a.title == 'Suppress `entrez-mismatch` on this line' then action = a end
      end
    end
    check(action ~= nil, 'a suppress action is offered for the entrez-mismatch')
    if action and not action.edit then
      -- Neovim announces resolveSupport for edits: the server sends the edit when the action is picked.
      local resolved = vim.lsp.buf_request_sync(buf, 'codeAction/resolve', action, 10000) or {}
      for _, response in pairs(resolved) do
        if response.result then action = response.result end
      end
      check(action.edit ~= nil, 'codeAction/resolve gives the suppress action its edit')
    end
    if action and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      local text = vim.api.nvim_buf_get_lines(buf, entrez_line, entrez_line + 1, false)[1]
      print('after the action: ' .. text)
      local gone = vim.wait(10000, function()
        for _, d in ipairs(vim.diagnostic.get(buf)) do
          local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
          if code == 'entrez-mismatch' and d.message:find('MAP2K1', 1, true) then return false end
        end
        return true
      end, 50)
      check(text:find('# pathlint: disable=entrez-mismatch', 1, true) ~= nil and gone,
            'the suppress action writes the comment and the finding goes away')
    end
  end

  -- The figure's genes table in _data/: attached by its name (no filetype needed).
  local table_path = os.getenv('PATHLINT_TABLE')
  if table_path then
    vim.cmd('edit ' .. table_path)
    local tbuf = vim.api.nvim_get_current_buf()
    local got_table = vim.wait(10000, function()
      for _, d in ipairs(vim.diagnostic.get(tbuf)) do
        local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
        if code == 'entrez-mismatch' then return true end
      end
      return false
    end, 50)
    for _, d in ipairs(vim.diagnostic.get(tbuf)) do print(string.format('table %d:%d %s', d.lnum + 1, d.col + 1, d.message)) end
    check(got_table, 'the sidecar table gets entrez-mismatch')
  end
end, debug.traceback)
if not ok then print('ERROR ' .. tostring(err)); failures = failures + 1 end
io.stdout:write('\n')
vim.cmd(failures == 0 and 'qall!' or 'cquit!')

-- `make nvim-check`: sipdial-lint --lsp with Neovim's built-in LSP client (0.7 or later).
-- Opens Tests/editors/broken.xml, waits for the diagnostics, checks their lines and byte
-- columns (as Neovim shows them: 0-based), applies the quick fix for the raw "&", checks
-- that its diagnostic goes and the next one (an attribute after non-ASCII text) comes,
-- applies its fix (the rename to statusCallback; "disable for this line" were there none), and checks that the
-- document is clean. Prints a transcript; exits 1 on any failure, 2 on a timeout.
--   SIPDIAL_LINT=.build/debug/sipdial-lint nvim --headless -u NONE -c 'luafile Tests/editors/nvim-check.lua'
local binary = os.getenv('SIPDIAL_LINT') or '.build/debug/sipdial-lint'
local document = 'Tests/editors/broken.xml'
local WAIT_MS = 10000

local function say(text)
  io.stdout:write(text .. '\n')
  io.stdout:flush()
end

local function finish(status)
  io.stdout:flush()
  if status == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. status) end
end

local function fail(text)
  say('FAIL: ' .. text)
  finish(1)
  error(text) -- not reached
end

-- Whatever happens, Neovim does not outlive this.
vim.defer_fn(function()
  say('FAIL: timed out after 30 s')
  finish(2)
end, 30000)

say('nvim-check: ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.'
  .. tostring(vim.version().patch) .. ', server: ' .. binary .. ' --lsp')

-- The raw LSP diagnostics, as published, beside what Neovim makes of them.
local published = {}
local server_exit = nil
local client_id = vim.lsp.start_client({
  name = 'sipdial-lint',
  cmd = { binary, '--lsp' },
  root_dir = vim.fn.getcwd(),
  flags = { debounce_text_changes = 0 },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[result.uri] = result
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  },
  on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
})
if not client_id then fail('the client did not start') end

vim.cmd('edit ' .. document)
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(WAIT_MS, function() local c = vim.lsp.get_client_by_id(client_id); return c and c.initialized end, 20) then
  fail('the server did not answer initialize')
end
local client = vim.lsp.get_client_by_id(client_id)
say('initialized: positionEncoding ' .. tostring(client.server_capabilities and client.server_capabilities.positionEncoding
  or client.resolved_capabilities and 'utf-16') .. ', client offset_encoding ' .. client.offset_encoding)

local function wait_for(what, predicate)
  if not vim.wait(WAIT_MS, predicate, 20) then fail('no ' .. what .. ' within ' .. WAIT_MS .. ' ms') end
end

local function show(diagnostics)
  for _, d in ipairs(diagnostics) do
    say(string.format('  line %d, col %d-%d: [%s] %s', d.lnum, d.col, d.end_col, tostring(d.code or d.user_data.lsp.code), d.message))
  end
end

-- Waits for diagnostics with `rule` at the expected place.
local function expect(rule, lnum, col, end_col)
  local found
  wait_for(rule .. ' diagnostic', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if (d.code or d.user_data.lsp.code) == rule then found = d; return true end
    end
    return false
  end)
  say('diagnostics:')
  show(vim.diagnostic.get(bufnr))
  if found.lnum ~= lnum or found.col ~= col or found.end_col ~= end_col then
    fail(string.format('%s at line %d, col %d-%d; expected line %d, col %d-%d', rule, found.lnum, found.col, found.end_col,
      lnum, col, end_col))
  end
  say(string.format('ok: %s at line %d, col %d-%d (byte columns, after non-ASCII text)', rule, lnum, col, end_col))
end

-- The code actions for the published diagnostic of `rule`; applies the first that `choose` picks.
local function apply_action(rule, choose)
  local diagnostic
  for _, d in ipairs(published[uri] and published[uri].diagnostics or {}) do
    if d.code == rule then diagnostic = d end
  end
  if not diagnostic then fail('no published ' .. rule .. ' diagnostic') end
  local params = { textDocument = { uri = uri }, range = diagnostic.range, context = { diagnostics = { diagnostic } } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, WAIT_MS)
  local actions = responses and responses[client_id] and responses[client_id].result or {}
  say('code actions for ' .. rule .. ':')
  for _, action in ipairs(actions) do
    say('  ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
  end
  local chosen = choose(actions)
  if not chosen then fail('no suitable code action for ' .. rule) end
  say('applying: ' .. chosen.title)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
end

local function gone(rule)
  wait_for(rule .. ' to go', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if (d.code or d.user_data.lsp.code) == rule then return false end
    end
    return true
  end)
  say('ok: ' .. rule .. ' is gone')
end

-- 1. The raw "&" on line 2, after "Crème brûlée 😀" (6 bytes more than characters).
expect('xml-syntax', 2, 36, 37)
apply_action('xml-syntax', function(actions)
  for _, action in ipairs(actions) do if action.isPreferred then return action end end
end)
gone('xml-syntax')
say('line 3 now reads: ' .. vim.api.nvim_buf_get_lines(bufnr, 2, 3, true)[1])

-- 2. The document parses: the misspelt attribute on line 1, after "Café 😀".
expect('unknown-attribute', 1, 34, 48)
apply_action('unknown-attribute', function(actions)
  for _, action in ipairs(actions) do if action.isPreferred then return action end end
  for _, action in ipairs(actions) do if action.title:find('^Disable') then return action end end
end)
gone('unknown-attribute')
wait_for('a clean document', function() return #vim.diagnostic.get(bufnr) == 0 end)
say('ok: no diagnostic left; the buffer reads:')
for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)) do say('  | ' .. line) end

-- 3. Hover on nothing now; shutdown and exit: the server exits 0.
vim.lsp.stop_client(client_id)
wait_for('server exit', function() return server_exit ~= nil end)
if server_exit.code ~= 0 then fail('the server exited with ' .. tostring(server_exit.code)) end
say('ok: the server exited with status 0 after shutdown and exit')
say('nvim-check: passed')
finish(0)

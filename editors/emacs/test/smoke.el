;;; smoke.el --- batch Emacs check of editors/emacs/pathlint.el with eglot  -*- lexical-binding: t; -*-
;; emacs --batch -l editors/emacs/test/smoke.el FILE   (PATHLINT_LSP names the server)
;; FILE is an annotation file under `_figures/' with a wrong entrez for MAP2K1 and a
;; `hgnc_symbol: MAP2K' line.  Exits 0 when diagnostics (through Flymake), completion
;; (through completion-at-point), hover, an inlay hint and a suppress action come back
;; right, 1 otherwise.

;; Debian puts elpa-eglot on the load path in site-start (so no -Q); elsewhere it is a package.
(unless (require 'eglot nil t) (package-initialize))
(let ((here (file-name-directory (or load-file-name buffer-file-name))))
  (add-to-list 'load-path (expand-file-name ".." here)))
(require 'pathlint)
(setq pathlint-lsp-command (list (or (getenv "PATHLINT_LSP") "pathlint-lsp"))
      pathlint-start-automatically nil)  ; started below: eglot-ensure waits for a command loop

(defvar smoke-failures 0)
(defun smoke-check (ok what)
  (princ (format "%s %s\n" (if ok "ok  " "FAIL") what))
  (unless ok (setq smoke-failures (1+ smoke-failures))))

(defun smoke-wait (predicate seconds)
  "Process events until PREDICATE holds or SECONDS pass; its last value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun smoke-flymake-shows (regexp what &optional label)
  "Wait until Flymake shows a diagnostic matching REGEXP, print them all (after LABEL), check WHAT."
  (let ((found (smoke-wait (lambda ()
                             (seq-find (lambda (d) (string-match-p regexp (flymake-diagnostic-text d)))
                                       (flymake-diagnostics)))
                           15)))
    (dolist (d (flymake-diagnostics))
      (princ (format "  %s%d: %s\n" (or label "") (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))))
    (smoke-check found what)))

(defun smoke-line-end (regexp)
  (goto-char (point-min))
  (and (re-search-forward regexp nil t) (point)))

(defun smoke-run ()
  (find-file (car command-line-args-left))
  (smoke-check (eq major-mode 'pathlint-annotation-mode) (format "the file opens in pathlint-annotation-mode (%s)" major-mode))
  (apply #'eglot (eglot--guess-contact))
  (smoke-check (smoke-wait (lambda () (eglot-current-server)) 10) "eglot connected to pathlint-lsp")
  ;; Diagnostics: pushed by the server, shown by Flymake.
  (smoke-flymake-shows "entrez 5605 is not the Entrez ID of MAP2K1" "Flymake shows the entrez-mismatch for MAP2K1")
  ;; Completion of a partial symbol through completion-at-point, as the user's M-TAB does.
  (if (not (smoke-line-end "^  hgnc_symbol: MAP2K$"))
      (smoke-check nil "the file has a `hgnc_symbol: MAP2K' line")
    (let* ((capf (eglot-completion-at-point))
           (table (nth 2 capf))
           (prefix (buffer-substring-no-properties (nth 0 capf) (nth 1 capf)))
           (labels (and table (all-completions prefix table))))
      (princ (format "  completion of %S: %s\n" prefix (string-join (seq-take labels 8) ", ")))
      (smoke-check (member "MAP2K1" labels) "completion of MAP2K offers MAP2K1")))
  ;; Hover, as ElDoc asks for it.
  (if (not (smoke-line-end "^  hgnc_symbol: MAP2K1$"))
      (smoke-check nil "the file has a `hgnc_symbol: MAP2K1' line")
    (backward-char 2)
    (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover (eglot--TextDocumentPositionParams)))
           (contents (plist-get hover :contents))
           (text (if (stringp contents) contents (or (plist-get contents :value) ""))))
      (princ (format "  hover: %s\n" (truncate-string-to-width (replace-regexp-in-string "\n" " " text) 100)))
      (smoke-check (string-match-p "HGNC:6840" text) "hover on MAP2K1 shows its HGNC record")))
  ;; Inlay hints (eglot 1.9 does not draw them: asked for directly): MAP2K1's name.
  (let* ((hints (jsonrpc-request (eglot-current-server) :textDocument/inlayHint
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :range (list :start (eglot--pos-to-lsp-position (point-min))
                                                    :end (eglot--pos-to-lsp-position (point-max))))))
         (labels (mapcar (lambda (hint) (plist-get hint :label)) hints)))
    (princ (format "  inlay hints: %s\n" (string-join (seq-take labels 4) "; ")))
    (smoke-check (member "mitogen-activated protein kinase kinase 1" labels)
                 "an inlay hint shows the gene name beside MAP2K1"))
  ;; A suppress action on the wrong entrez, applied as the code action menu applies it.
  (if (not (smoke-line-end "^  entrez: '5605'$"))
      (smoke-check nil "the file has an `entrez: '5605'' line")
    (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position)))
           (action (seq-find (lambda (a) (equal (plist-get a :title) "Suppress `entrez-mismatch` on this line")) actions)))
      (smoke-check action "a suppress action is offered for the entrez-mismatch")
      (when action
        (eglot--apply-workspace-edit (plist-get action :edit))
        ;; eglot sends the change on an idle timer, which batch Emacs never reaches.
        (eglot--signal-textDocument/didChange)
        (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
          (princ (format "  after the action: %s\n" line))
          (smoke-check (and (string-match-p "# pathlint: disable=entrez-mismatch" line)
                            (smoke-wait (lambda ()
                                          (not (seq-find (lambda (d) (string-match-p "entrez 5605 is not the Entrez ID of MAP2K1"
                                                                                     (flymake-diagnostic-text d)))
                                                         (flymake-diagnostics))))
                                        15))
                       "the suppress action writes the comment and the finding goes away")))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  ;; The figure's genes table in _data/: its own mode, and the same server program.
  (let ((table (getenv "PATHLINT_TABLE")))
    (when table
      (find-file table)
      (smoke-check (eq major-mode 'pathlint-sidecar-mode) (format "the table opens in pathlint-sidecar-mode (%s)" major-mode))
      (apply #'eglot (eglot--guess-contact))
      (smoke-check (smoke-wait (lambda () (eglot-current-server)) 10) "eglot connected to pathlint-lsp for the table")
      (smoke-flymake-shows "ncbigene_id 5605 is not the Entrez ID of MAP2K1"
                           "Flymake shows the entrez-mismatch of the table" "table ")
      (ignore-errors (eglot-shutdown (eglot-current-server))))))

(condition-case err
    (smoke-run)
  (error (smoke-check nil (format "error: %S" err))))
(kill-emacs (if (zerop smoke-failures) 0 1))

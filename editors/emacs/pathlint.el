;;; pathlint.el --- pathlint-lsp for PFOCR annotation files, with eglot  -*- lexical-binding: t; -*-

;; Usage (Emacs 28 with the eglot package, or Emacs 29+ where eglot is built in):
;;   (add-to-list 'load-path "/path/to/pathlint/editors/emacs")
;;   (setq pathlint-lsp-command '("/path/to/pathlint/.build/release/pathlint-lsp"))
;;   (require 'pathlint)
;;
;; Files named `_figures/*.md' (and `_figures/*.yaml') open in `pathlint-annotation-mode'
;; (markdown-mode when installed, else text-mode, plus the server), and the sidecar tables
;; `_data/<figid>-genes.tsv' (`-chemicals', `-diseases') in `pathlint-sidecar-mode'; eglot
;; starts pathlint-lsp for them: diagnostics through Flymake, completion at point, hover
;; in ElDoc, quick fixes with `eglot-code-actions'.

;;; Code:

(require 'eglot)

(defgroup pathlint nil
  "The pathlint language server for PFOCR annotation files."
  :group 'tools)

(defcustom pathlint-lsp-command '("pathlint-lsp")
  "The pathlint-lsp program and its arguments."
  :type '(repeat string))

(defcustom pathlint-settings nil
  "The server's settings, a plist in eglot's JSON style, for example
\(:ignore [\"ambiguous-symbol\"] :severity (:outdated-hgnc-symbol \"error\")
 :reference \"/path/to/snapshot\"); keys `select', `ignore', `severity', `reference'."
  :type 'sexp)

(defcustom pathlint-start-automatically t
  "Whether to start the server when an annotation file is opened."
  :type 'boolean)

;; Eglot picks a server by major mode, so annotation files get a mode of their own and
;; other Markdown files are left alone.
(defalias 'pathlint--parent-mode (if (fboundp 'markdown-mode) 'markdown-mode 'text-mode))

;;;###autoload
(define-derived-mode pathlint-annotation-mode pathlint--parent-mode "PFOCR"
  "Major mode for PFOCR figure annotation files (`_figures/<figid>.md')."
  (setq-local eglot-workspace-configuration (list :pathlint pathlint-settings))
  (when pathlint-start-automatically (eglot-ensure)))

(defun pathlint--contact (&optional _interactive)
  "The command line and initialization options of pathlint-lsp."
  (append pathlint-lsp-command
          (list :initializationOptions (list :pathlint pathlint-settings))))

;;;###autoload
(define-derived-mode pathlint-sidecar-mode text-mode "PFOCR-TSV"
  "Major mode for PFOCR sidecar tables (`_data/<figid>-genes.tsv', `-chemicals', `-diseases')."
  (setq-local indent-tabs-mode t)  ; the cells are tab-separated
  (setq-local eglot-workspace-configuration (list :pathlint pathlint-settings))
  (when pathlint-start-automatically (eglot-ensure)))

;;;###autoload
(add-to-list 'auto-mode-alist '("/_figures/[^/]+\\.\\(md\\|ya?ml\\)\\'" . pathlint-annotation-mode))
;;;###autoload
(add-to-list 'auto-mode-alist '("/_data/[^/]+-\\(genes\\|chemicals\\|diseases\\)\\.tsv\\'" . pathlint-sidecar-mode))
(add-to-list 'eglot-server-programs '((pathlint-annotation-mode pathlint-sidecar-mode) . pathlint--contact))

(provide 'pathlint)
;;; pathlint.el ends here

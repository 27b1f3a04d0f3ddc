#!/bin/sh
# Eval on the sets helpers may read, from the current directory's linker/ (run it inside your worktree).
R=/work/main
S=""
for s in corpus corpus-final corpus-dev6 corpus-dev7 corpus-dev8 corpus-dev9 corpus-dev10 corpus-dev11 corpus-dev12 corpus-dev13 corpus-dev14 corpus-dev15 corpus-dev16 corpus-dev17 corpus-dev18 corpus-dev19 corpus-dev20 corpus-dev21 corpus-dev22 corpus-dev23 corpus-dev24 corpus-dev25 corpus-dev26 corpus-blind7 corpus-blind14 corpus-blind17 corpus-blind18 corpus-blind23 corpus-blind24 corpus-blind25 corpus-blind26 corpus-blind27 corpus-blind28 corpus-blind29 corpus-blind30 corpus-blind31 corpus-blind32 corpus-blind33 corpus-blind34 corpus-blind35 corpus-blind36 corpus-blind37 corpus-blind38 corpus-blind20 corpus-blind12 corpus-blind22; do S="$S $R/tests/$s"; done
$R/.venv/bin/python -m linker.eval /work/shared/corpus $S /work/dev27 /work/blind39 /work/blind40 /work/dev28 /work/blind41 /work/blind42 /work/dev29 /work/blind44 /work/blind43 /work/blind45 /work/blind46 /work/dev30 /work/blind48 /work/blind49 /work/blind50 "$@"

#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline's settings are C globals; these setters keep Swift from touching shared mutable state. */
static inline void helpdesk_rl_configure(const char *name, rl_completion_func_t *complete) {
    rl_readline_name = name;
    rl_attempted_completion_function = complete;
    /* The console handles Ctrl-C itself: it abandons the current question. */
    rl_catch_signals = 0;
    /* Readline would export COLUMNS and LINES as they are at start, and the console, which asks
       the terminal its width before each table, would keep drawing for that width after a resize. */
    rl_change_environment = 0;
}

/* The line being edited, for completion by what comes before the word. */
static inline const char *helpdesk_rl_line(void) {
    return rl_line_buffer ? rl_line_buffer : "";
}

static inline void helpdesk_rl_completion_over(void) {
    rl_attempted_completion_over = 1;
}

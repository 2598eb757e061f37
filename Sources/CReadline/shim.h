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

#include <termios.h>
#include <unistd.h>

/* Between two lines the terminal keeps echo off. Readline echoes what it reads itself, so nothing
   is lost; but a password typed straight after «login admin», before the console has asked for it,
   is not shown by the terminal in the moment between readline's line and the password's question. */
static inline void helpdesk_rl_deprep_quietly(void) {
    rl_deprep_terminal();
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) == 0) {
        mode.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    }
}

/* The terminal as the console found it (a function's static: Swift does not import header globals). */
static inline struct termios *helpdesk_terminal_at_start(void) {
    static struct termios mode;
    return &mode;
}

/* The terminal as the console found it comes back when the program ends. */
static inline void helpdesk_restore_terminal(void) {
    tcsetattr(STDIN_FILENO, TCSANOW, helpdesk_terminal_at_start());
}

/* Readline shows what is typed only if the terminal echoed when it took it over (it reads a
   terminal without echo as a password's): echo goes on just before, and readline turns it off
   again for its own raw mode at once. */
static inline void helpdesk_rl_prep_echoing(int meta) {
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) == 0 && !(mode.c_lflag & ECHO)) {
        mode.c_lflag |= ECHO;
        tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    }
    rl_prep_terminal(meta);
}

static inline void helpdesk_rl_keep_echo_off_between_lines(void) {
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, helpdesk_terminal_at_start()) != 0) return;
    atexit(helpdesk_restore_terminal);
    rl_prep_term_function = helpdesk_rl_prep_echoing;
    rl_deprep_term_function = helpdesk_rl_deprep_quietly;
}

s/^See the Supervisor documentation for more information\.$/See the Supervisor documentation for more information/

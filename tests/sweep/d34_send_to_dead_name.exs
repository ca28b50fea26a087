send(:nobody_here, :hi)
